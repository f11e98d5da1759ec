"""What the templates see: the validated briefing plus the lookups and orderings a template
should not compute (speaker names, numbered consequences, the figures to draw)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from briefings.constants import VERSION as __version__
from briefings.render.figures import Figure, consequence_matrix, stance_map, timeline
from briefings.render.prose import MAX_BRIEFING_MARKUP, markup_count
from briefings.schema.briefing import Briefing, Consequence, Party, Quote


@dataclass(frozen=True)
class QuoteView:
    """A quote as the templates show it: the words, who said them, where they were reported."""

    quote: Quote
    speaker_name: str
    speaker_role: str | None


@dataclass(frozen=True)
class ConsequenceView:
    """One row of the consequences table, numbered as in the consequence matrix."""

    number: int
    party: Party
    consequence: Consequence
    affected: list[str]


@dataclass(frozen=True)
class BriefingView:
    """What the templates see: the validated briefing plus lookups they should not compute."""

    briefing: Briefing
    generator: str = f"briefings {__version__}"

    def quotes(self, party: Party) -> list[QuoteView]:
        people = {person.id: person for person in party.people}
        views = []
        for quote in party.quotes:
            person = people.get(quote.speaker)
            views.append(
                QuoteView(
                    quote=quote,
                    speaker_name=person.name if person else party.name,
                    speaker_role=person.role if person else None,
                )
            )
        return views

    @property
    def awaiting_review(self) -> int:
        """Proposed items withheld from the body, when the briefing asks for the review annex."""
        return self.briefing.awaiting_review() if self.briefing.visuals.review_annex else 0

    @cached_property
    def consequences(self) -> list[ConsequenceView]:
        """Every consequence, most likely and most severe first (stable within ties)."""
        names = {party.id: party.short_name for party in self.briefing.parties}
        pairs = [(party, consequence) for party in self.briefing.parties
                 for consequence in party.consequences]
        pairs.sort(key=lambda pair: (-pair[1].likelihood.rank, -pair[1].impact.rank))
        return [
            ConsequenceView(number, party, consequence,
                            [names[i] for i in consequence.affects if i in names])
            for number, (party, consequence) in enumerate(pairs, start=1)
        ]

    @cached_property
    def plain_prose(self) -> bool:
        """Whether all prose fields together hold more Markdown punctuation than the parser's
        budget (MAX_BRIEFING_MARKUP); if so, the prose is shown as plain text."""
        b = self.briefing
        fields = [b.background, b.outlook, *(party.position.summary for party in b.parties)]
        return sum(markup_count(text) for text in fields if text) > MAX_BRIEFING_MARKUP

    @cached_property
    def source_numbers(self) -> dict[str, int]:
        """Each source's number in the list of sources, as citations show it."""
        return {source.id: number for number, source in enumerate(self.briefing.sources, start=1)}

    def figure_file(self, figure: Figure) -> str:
        """Where the Markdown edition finds ``figure``: an SVG file in the folder named after
        the briefing, beside the ``.md`` (the build writes it there)."""
        return f"{self.briefing.id}/{figure.id}.svg"

    @cached_property
    def figures(self) -> dict[str, Figure]:
        """The figures this briefing shows (those turned on and with data to draw)."""
        b, wanted = self.briefing, self.briefing.visuals
        drawn = [
            consequence_matrix([(r.number, r.party.short_name, r.consequence.description,
                                 r.consequence.likelihood, r.consequence.impact)
                                for r in self.consequences]) if wanted.consequence_matrix else None,
            stance_map(b) if wanted.stance_map else None,
            timeline(b) if wanted.timeline else None,
        ]
        return {figure.id: figure for figure in drawn if figure is not None}
