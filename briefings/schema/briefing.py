"""The pydantic models of a briefing: what an analyst may write in a briefing YAML file.

The models refuse nonsense at the boundary (unknown keys, wrong types, numbers where text is
expected, control characters) so that everything downstream can trust them. Cross-references
between parties, people and sources are checked later, in :mod:`briefings.validation.references`, where the
whole briefing is known.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, StringConstraints, field_validator

from briefings.schema.types import (
    FileSlug,
    IsoDate,
    Marking,
    PartialDate,
    Prose,
    RelativePath,
    Sha256,
    Slug,
    Text,
    Url,
)

#: The dates a briefing's ``as_of`` may take.
AS_OF_RANGE = (dt.date(1900, 1, 1), dt.date(2999, 12, 31))


class Stance(str, Enum):
    """A party's stance on the briefing's question."""

    SUPPORTS = "supports"
    OPPOSES = "opposes"
    MIXED = "mixed"
    NEUTRAL = "neutral"
    UNCLEAR = "unclear"


class PartyKind(str, Enum):
    """What sort of actor a party is."""

    STATE = "state"
    MINISTRY = "ministry"
    AGENCY = "agency"
    POLITICAL_PARTY = "political party"
    ORGANISATION = "organisation"
    PERSON = "person"
    OTHER = "other"


class Likelihood(str, Enum):
    """Likelihood in the terms of US Intelligence Community Directive 203."""

    ALMOST_NO_CHANCE = "almost no chance"
    VERY_UNLIKELY = "very unlikely"
    UNLIKELY = "unlikely"
    ROUGHLY_EVEN_CHANCE = "roughly even chance"
    LIKELY = "likely"
    VERY_LIKELY = "very likely"
    ALMOST_CERTAIN = "almost certain"

    @property
    def probability(self) -> str:
        """The probability range ICD 203 attaches to the term."""
        return _ICD203_RANGES[self]

    @property
    def rank(self) -> int:
        return list(Likelihood).index(self)


_ICD203_RANGES = {
    Likelihood.ALMOST_NO_CHANCE: "1–5%",
    Likelihood.VERY_UNLIKELY: "5–20%",
    Likelihood.UNLIKELY: "20–45%",
    Likelihood.ROUGHLY_EVEN_CHANCE: "45–55%",
    Likelihood.LIKELY: "55–80%",
    Likelihood.VERY_LIKELY: "80–95%",
    Likelihood.ALMOST_CERTAIN: "95–99%",
}


class Impact(str, Enum):
    """How much a consequence matters to those it affects."""

    LOW = "low"
    MODERATE = "moderate"
    HIGH = "high"
    SEVERE = "severe"

    @property
    def rank(self) -> int:
        return list(Impact).index(self)


#: Drafted material waits as "proposed" until an analyst accepts it (``briefings review``);
#: only accepted items are in the brief's body. Items an analyst writes are accepted.
Status = Literal["proposed", "accepted"]
#: A rejected item's fingerprint (:func:`briefings.review.items.fingerprint`): 16 hex digits.
Fingerprint = Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9a-f]{16}$")]
#: When an ingested article was fetched: ISO 8601 in UTC, e.g. 2026-11-28T06:30:00Z.
Timestamp = Annotated[str, StringConstraints(strict=True, pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")]


class Record(BaseModel):
    """Base of every model: unknown keys are errors, values are immutable once validated."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_enum_values=False)


class Person(Record):
    """Someone who speaks for a party."""

    id: Slug
    name: Text
    role: Text | None = None
    aliases: list[Text] = Field(
        default_factory=list,
        description="Other names the sources use for this person, e.g. a surname or title.",
    )


class Position(Record):
    """Where a party stands on the briefing's question."""

    stance: Stance
    summary: Prose
    demands: list[Text] = Field(default_factory=list)


class Quote(Record):
    """A verbatim quotation, attributed to a speaker and cited to a source."""

    text: Text = Field(description="The exact words, as they appear in the source.")
    speaker: Slug = Field(description="The id of one of the party's people, or the party's id.")
    source: Slug
    said: IsoDate | None = Field(default=None, description="When the words were said.")
    context: Text | None = None
    status: Status = "accepted"


class Consequence(Record):
    """A measure a party imposes, or a cost it faces."""

    description: Text
    role: Literal["imposes", "faces"]
    affects: list[Slug] = Field(default_factory=list, description="Ids of the affected parties.")
    likelihood: Likelihood
    impact: Impact
    timeframe: Text
    source: Slug
    status: Status = "accepted"


class Party(Record):
    """An actor in the story, with its position, its quotes and its consequences."""

    id: Slug
    name: Text
    short_name: Text
    kind: PartyKind
    aliases: list[Text] = Field(
        default_factory=list, description="Other names for the party, e.g. a capital city."
    )
    people: list[Person] = Field(default_factory=list)
    position: Position
    quotes: list[Quote] = Field(default_factory=list)
    no_quotes_reason: Text | None = Field(
        default=None,
        description="Why the party has no quotes; shown in the brief, silences the warning.",
    )
    consequences: list[Consequence] = Field(default_factory=list)
    status: Status = "accepted"


class Source(Record):
    """A cited article, with the path of its archived local copy."""

    id: Slug
    title: Text
    publisher: Text
    url: Url | None = None
    published: IsoDate
    text: RelativePath = Field(
        description="Path of the local copy of the article, relative to the briefing file."
    )
    sha256: Sha256 | None = Field(
        default=None,
        description="Hash of the archived copy; validation fails if the file no longer matches.",
    )
    note: Text | None = None
    retrieved: Timestamp | None = Field(default=None, description="When an ingested article was fetched.")


class TimelineEvent(Record):
    """A dated event in the story."""

    date: PartialDate
    event: Text
    source: Slug | None = None
    status: Status = "accepted"


class Visuals(Record):
    """Which figures the brief shows; each can be turned off."""

    consequence_matrix: bool = True
    stance_map: bool = True
    timeline: bool = True
    review_annex: bool = Field(default=False, description="An annex counting proposed items awaiting review.")


class Briefing(Record):
    """A briefing on a developing story."""

    id: FileSlug
    title: Text
    subtitle: Text | None = None
    as_of: IsoDate
    marking: Marking = Field(description="Handling marking shown on every page.")
    authors: list[Text] = Field(min_length=1)
    language: Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")] = "en"
    keywords: list[Text] = Field(default_factory=list)
    question: Text = Field(description="What the parties' stances refer to.")
    bluf: Text = Field(description="Bottom line up front: one to three sentences.")
    key_points: list[Text] = Field(default_factory=list)
    background: Prose | None = None
    outlook: Prose | None = None
    watch: list[Text] = Field(default_factory=list, description="Indicators to watch.")
    timeline: list[TimelineEvent] = Field(default_factory=list)
    sources: list[Source] = Field(min_length=1)
    parties: list[Party] = Field(min_length=1)
    visuals: Visuals = Field(default_factory=Visuals)
    rejected: list[Fingerprint] = Field(
        default_factory=list, description="Fingerprints of drafted items an analyst rejected; never proposed again.")
    _withheld: int = PrivateAttr(default=0)  # proposed items published() left out

    def awaiting_review(self) -> int:
        """How many proposed items (parties, quotes, consequences, timeline events) wait for review."""
        count = self._withheld + sum(event.status == "proposed" for event in self.timeline)
        for party in self.parties:
            count += party.status == "proposed"
            count += sum(q.status == "proposed" for q in party.quotes)
            count += sum(c.status == "proposed" for c in party.consequences)
        return count

    def published(self) -> Briefing:
        """The briefing as readers see it: accepted items only, and no sources that only proposed
        items cite. Editions and "what changed" are computed from this, so proposing or rejecting
        material never makes a new edition by itself."""
        parties = [_accepted_items(party) for party in self.parties if party.status == "accepted"]
        timeline = [event for event in self.timeline if event.status == "accepted"]
        proposed_only = _cited_by_proposed(self) - _sources_cited_by(parties, timeline)
        sources = [s for s in self.sources if s.id not in proposed_only] or self.sources
        copy = self.model_copy(update={"parties": parties, "timeline": timeline, "sources": sources,
                                       "rejected": []})
        copy._withheld = self.awaiting_review()
        return copy

    def cited_sources(self) -> set[str]:
        """The ids of the sources that the briefing's quotes, consequences and timeline events
        cite, whatever their review status."""
        return _sources_cited_by(self.parties, self.timeline)

    @field_validator("as_of")
    @classmethod
    def _as_of_in_range(cls, value: dt.date) -> dt.date:
        # a brief dated in year 1 or 9999 is a typo, and its timestamps do not fit in a PDF
        if not AS_OF_RANGE[0] <= value <= AS_OF_RANGE[1]:
            raise ValueError(f"a briefing's date must be between {AS_OF_RANGE[0].isoformat()} and "
                             f"{AS_OF_RANGE[1].isoformat()} (got {value.isoformat()})")
        return value

    @field_validator("bluf")
    @classmethod
    def _bluf_is_short(cls, value: str) -> str:
        sentences = [s for s in re.split(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])", value) if s]
        if len(sentences) > 3:
            raise ValueError(f"a bottom line has 1 to 3 sentences; this one has {len(sentences)}")
        return value


def _accepted_items(party: Party) -> Party:
    """``party`` with its proposed and rejected quotes and consequences left out, as readers
    see it (see :meth:`Briefing.published`)."""
    return party.model_copy(update={
        "quotes": [q for q in party.quotes if q.status == "accepted"],
        "consequences": [c for c in party.consequences if c.status == "accepted"],
    })


def _sources_cited_by(parties: list[Party], timeline: list[TimelineEvent]) -> set[str]:
    """The ids of the sources these parties' quotes and consequences and these events cite:
    one definition of "cited" for the published copy and for the "never cited" warning."""
    cited = {q.source for p in parties for q in p.quotes} | {c.source for p in parties for c in p.consequences}
    return cited | {event.source for event in timeline if event.source}


def _cited_by_proposed(briefing: Briefing) -> set[str]:
    cited = {e.source for e in briefing.timeline if e.status == "proposed" and e.source}
    for party in briefing.parties:
        proposed_party = party.status == "proposed"
        cited |= {q.source for q in party.quotes if proposed_party or q.status == "proposed"}
        cited |= {c.source for c in party.consequences if proposed_party or c.status == "proposed"}
    return cited
