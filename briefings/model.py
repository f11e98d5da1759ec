"""The pydantic models of a briefing: what an analyst may write in a briefing YAML file.

The models refuse nonsense at the boundary (unknown keys, wrong types, numbers where text is
expected, control characters) so that everything downstream can trust them. Cross-references
between parties, people and sources are checked later, in :mod:`briefings.checks`, where the
whole briefing is known.
"""

from __future__ import annotations

import datetime as dt
import re
from enum import Enum
from pathlib import PurePosixPath
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
)

SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _no_control_characters(value: str) -> str:
    """Refuse control characters and lone surrogates: they corrupt PDFs and terminals."""
    if match := _CONTROL.search(value):
        raise ValueError(f"contains the control character U+{ord(match.group()):04X}")
    return value


def _iso_date(value: object) -> object:
    """Accept a date or an ISO ``YYYY-MM-DD`` string; refuse numbers (YAML 1.1 surprises)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        return value.strip()
    raise ValueError("expected a date written as YYYY-MM-DD, e.g. 2020-12-15")


Slug = Annotated[
    str,
    StringConstraints(strict=True, pattern=SLUG_PATTERN, max_length=80),
    Field(description="Lower-case letters, digits and hyphens, starting with a letter or digit."),
]
RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def _not_a_device_name(value: str) -> str:
    """An id that names files must not be a reserved device name on Windows (con, nul, ...)."""
    if value in RESERVED_NAMES:
        raise ValueError(f"'{value}' is a reserved device name and cannot name a file")
    return value


def _inside_the_folder(value: str) -> str:
    """A source's local copy is a relative path that stays inside the briefing's folder."""
    if "\x00" in value or "\\" in value:
        raise ValueError("a path with a NUL or a backslash is not allowed; use '/'")
    path = PurePosixPath(value)
    if path.is_absolute() or re.match(r"^[A-Za-z]:", value):
        raise ValueError(f"'{value}' is absolute; give a path relative to the briefing file")
    if ".." in path.parts:
        raise ValueError(f"'{value}' leaves the briefing's folder ('..' is not allowed)")
    return value


FileSlug = Annotated[str, StringConstraints(strict=True, pattern=SLUG_PATTERN, max_length=80),
                     AfterValidator(_not_a_device_name)]
RelativePath = Annotated[str, StringConstraints(strict=True, min_length=1, max_length=500),
                         AfterValidator(_inside_the_folder)]
Text = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=20_000),
    AfterValidator(_no_control_characters),
]
Prose = Annotated[
    str,
    StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=100_000),
    AfterValidator(_no_control_characters),
    Field(description="Text that may use inline Markdown (emphasis, links); sanitised on output."),
]
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


def _partial_date(value: object) -> str:
    """A timeline date may be a year, a month or a day: ``2017``, ``2017-12``, ``2017-12-04``."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, str) and re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value.strip()):
        text = value.strip()
        try:  # check that the month and day exist
            parts = [int(p) for p in text.split("-")] + [1, 1]
            dt.date(parts[0], parts[1], parts[2])
        except ValueError:
            raise ValueError(f"{text!r} is not a real date") from None
        return text
    raise ValueError("expected YYYY, YYYY-MM or YYYY-MM-DD (quote a bare year: '2017')")


PartialDate = Annotated[str, BeforeValidator(_partial_date)]


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


class Consequence(Record):
    """A measure a party imposes, or a cost it faces."""

    description: Text
    role: Literal["imposes", "faces"]
    affects: list[Slug] = Field(default_factory=list, description="Ids of the affected parties.")
    likelihood: Likelihood
    impact: Impact
    timeframe: Text
    source: Slug


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


class Source(Record):
    """A cited article, with the path of its archived local copy."""

    id: Slug
    title: Text
    publisher: Text
    url: Annotated[str, StringConstraints(strict=True, pattern=r"^https?://[^\s<>\"]+$")] | None = None
    published: IsoDate
    text: RelativePath = Field(
        description="Path of the local copy of the article, relative to the briefing file."
    )
    sha256: Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9a-f]{64}$")] | None = Field(
        default=None,
        description="Hash of the archived copy; validation fails if the file no longer matches.",
    )
    note: Text | None = None


class TimelineEvent(Record):
    """A dated event in the story."""

    date: PartialDate
    event: Text
    source: Slug | None = None


class Visuals(Record):
    """Which figures the brief shows; each can be turned off."""

    consequence_matrix: bool = True
    stance_map: bool = True
    timeline: bool = True


class Briefing(Record):
    """A briefing on a developing story."""

    id: FileSlug
    title: Text
    subtitle: Text | None = None
    as_of: IsoDate
    marking: Text = Field(description="Handling marking shown on every page.")
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

    @field_validator("bluf")
    @classmethod
    def _bluf_is_short(cls, value: str) -> str:
        sentences = [s for s in re.split(r"(?<=[.!?])[\"”’')]*\s+(?=[\"“‘(]?[A-Z0-9])", value) if s]
        if len(sentences) > 3:
            raise ValueError(f"a bottom line has 1 to 3 sentences; this one has {len(sentences)}")
        return value

    def party(self, party_id: str) -> Party | None:
        return next((p for p in self.parties if p.id == party_id), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)

    def speaker_name(self, party: Party, speaker_id: str) -> str:
        """The display name of a quote's speaker: a person's name, or the party's."""
        person = next((p for p in party.people if p.id == speaker_id), None)
        return person.name if person else party.name
