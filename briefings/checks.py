"""Checks that need the whole briefing: cross-references, archived sources, editorial warnings.

The schema (:mod:`briefings.model`) knows each field on its own; here we check that ids point at
things that exist, that ids are unique, that every speaker belongs to the quote's party, that
every cited source has its local copy, and we warn about gaps a reader would notice.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from .errors import Issue, Severity
from .loader import LoadedBriefing, Location, dotted
from .model import Briefing


def check_briefing(loaded: LoadedBriefing) -> list[Issue]:
    """Every cross-reference error and editorial warning of one schema-valid briefing."""
    briefing = loaded.briefing
    assert briefing is not None, "check_briefing needs a schema-valid briefing"
    issues: list[Issue] = []
    for loc, message in _reference_errors(briefing, loaded.folder):
        issues.append(loaded.issue(loc, message))
    for loc, message in _editorial_warnings(briefing):
        issues.append(loaded.issue(loc, message, severity=Severity.WARNING))
    return issues


def _duplicates(items: Iterable[tuple[Location, str]], what: str) -> Iterator[tuple[Location, str]]:
    seen: dict[str, Location] = {}
    for loc, item_id in items:
        if item_id in seen:
            yield loc + ("id",), f"duplicate {what} id '{item_id}' (first used at {dotted(seen[item_id])})"
        else:
            seen[item_id] = loc


def _known(ids: Iterable[str]) -> str:
    listed = sorted(set(ids))
    return ", ".join(listed) if listed else "none defined"


def _reference_errors(briefing: Briefing, folder: Path) -> Iterator[tuple[Location, str]]:
    source_ids = [s.id for s in briefing.sources]
    party_ids = [p.id for p in briefing.parties]
    owner_of_person = {
        person.id: party.id for party in briefing.parties for person in party.people
    }

    yield from _duplicates(((("sources", i), s.id) for i, s in enumerate(briefing.sources)), "source")
    yield from _duplicates(((("parties", i), p.id) for i, p in enumerate(briefing.parties)), "party")
    yield from _duplicates(
        (
            (("parties", i, "people", j), person.id)
            for i, party in enumerate(briefing.parties)
            for j, person in enumerate(party.people)
        ),
        "person",
    )
    for i, party in enumerate(briefing.parties):
        for j, person in enumerate(party.people):
            if person.id in party_ids:
                yield ("parties", i, "people", j, "id"), (
                    f"person id '{person.id}' is also a party id; speakers would be ambiguous"
                )

    for i, source in enumerate(briefing.sources):
        text_path = folder / source.text
        if not text_path.is_file():
            yield ("sources", i, "text"), (
                f"the archived copy '{source.text}' does not exist (looked for {text_path})"
            )

    for i, party in enumerate(briefing.parties):
        people = {person.id for person in party.people}
        for j, quote in enumerate(party.quotes):
            here = ("parties", i, "quotes", j)
            if quote.speaker != party.id and quote.speaker not in people:
                owner = owner_of_person.get(quote.speaker)
                if owner:
                    yield here + ("speaker",), (
                        f"speaker '{quote.speaker}' belongs to party '{owner}', not '{party.id}'"
                    )
                else:
                    yield here + ("speaker",), (
                        f"unknown speaker '{quote.speaker}' "
                        f"(known: {_known([party.id, *people])})"
                    )
            if quote.source not in source_ids:
                yield here + ("source",), (
                    f"unknown source '{quote.source}' (known: {_known(source_ids)})"
                )
        for j, consequence in enumerate(party.consequences):
            here = ("parties", i, "consequences", j)
            for k, affected in enumerate(consequence.affects):
                if affected not in party_ids:
                    yield here + ("affects", k), (
                        f"unknown party '{affected}' (known: {_known(party_ids)})"
                    )
            if consequence.source not in source_ids:
                yield here + ("source",), (
                    f"unknown source '{consequence.source}' (known: {_known(source_ids)})"
                )
    for i, event in enumerate(briefing.timeline):
        if event.source is not None and event.source not in source_ids:
            yield ("timeline", i, "source"), (
                f"unknown source '{event.source}' (known: {_known(source_ids)})"
            )


def _editorial_warnings(briefing: Briefing) -> Iterator[tuple[Location, str]]:
    cited = {q.source for p in briefing.parties for q in p.quotes}
    cited |= {c.source for p in briefing.parties for c in p.consequences}
    cited |= {e.source for e in briefing.timeline if e.source}
    for i, source in enumerate(briefing.sources):
        if source.id not in cited:
            yield ("sources", i, "id"), f"source '{source.id}' is never cited"
    for i, party in enumerate(briefing.parties):
        if not party.quotes and not party.no_quotes_reason:
            yield ("parties", i), (
                f"party '{party.id}' has no quotes; add some or say why in no_quotes_reason"
            )
    for key in ("key_points", "timeline", "background", "outlook"):
        if not getattr(briefing, key):
            yield (key,), f"the section '{key}' is empty"
    if not any(party.consequences for party in briefing.parties):
        yield ("parties",), "no party imposes or faces any consequence"
