"""Checks that need the whole briefing: cross-references, archived sources, editorial warnings.

The schema (:mod:`briefings.model`) knows each field on its own; here we check that ids point at
things that exist, that ids are unique, that every speaker belongs to the quote's party and that
every cited source has its local copy. These reference checks, the quotes' provenance
(:mod:`~briefings.validation.quoted`) and the dates (:mod:`~briefings.validation.dates`) read the
plain YAML data, not the model, so they also run on a file with schema errors: the analyst sees
a misspelled key, an unknown speaker and a misquote in the same report. Editorial warnings
(gaps a reader would notice) need the validated model.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from briefings.errors import Issue, Severity
from briefings.load.yaml import LoadedBriefing, Location, dotted, mappings_in, plain
from briefings.schema.briefing import Briefing
from briefings.validation.dates import date_problems
from briefings.validation.quoted import archived_copy, is_checkable_path, quote_problems
from briefings.validation.review import review_placeholders


def check_briefing(loaded: LoadedBriefing) -> list[Issue]:
    """Every cross-reference error, and (for a schema-valid briefing) every warning."""
    if loaded.tree is None:
        return []
    issues = [
        loaded.issue(loc, message)
        for loc, message in _reference_errors(plain(loaded.tree), loaded.folder)
    ]
    issues += [
        loaded.issue(loc, message, severity=severity)
        for checks in (quote_problems(plain(loaded.tree), loaded.folder),
                       date_problems(plain(loaded.tree)))
        for loc, message, severity in checks
    ]
    if loaded.briefing is not None:
        issues += [
            loaded.issue(loc, message, severity=Severity.WARNING)
            for loc, message in _editorial_warnings(loaded.briefing)
        ]
    return issues + review_placeholders(loaded)


def _id(item: dict[str, Any]) -> str | None:
    value = item.get("id")
    return value if isinstance(value, str) else None


def _known(ids: Iterable[str | None]) -> str:
    listed = sorted({i for i in ids if i})
    return ", ".join(listed) if listed else "none defined"


def _duplicates(items: Iterable[tuple[Location, str | None]], what: str) -> Iterator[tuple[Location, str]]:
    seen: dict[str, Location] = {}
    for loc, item_id in items:
        if item_id is None:
            continue
        if item_id in seen:
            yield loc + ("id",), f"duplicate {what} id '{item_id}' (first used at {dotted(seen[item_id])})"
        else:
            seen[item_id] = loc


def _reference_errors(data: dict[str, Any], folder: Path) -> Iterator[tuple[Location, str]]:
    """Ids used twice, archived copies missing or outside the folder, and references (speakers,
    sources, affected parties) to ids that do not exist."""
    sources = mappings_in(data, "sources")
    parties = mappings_in(data, "parties")
    source_ids = {_id(s) for _, s in sources} - {None}
    party_ids = {_id(p) for _, p in parties} - {None}
    owner_of_person = {
        _id(person): _id(party) for _, party in parties for _, person in mappings_in(party, "people")
    }
    yield from _duplicates(((("sources", i), _id(s)) for i, s in sources), "source")
    yield from _duplicates(((("parties", i), _id(p)) for i, p in parties), "party")
    yield from _duplicates(
        ((("parties", i, "people", j), _id(person))
         for i, party in parties for j, person in mappings_in(party, "people")),
        "person",
    )
    for i, source in sources:
        yield from _archived_copy_errors(("sources", i, "text"), source.get("text"), folder)
    for i, party in parties:
        yield from _party_reference_errors(("parties", i), party, party_ids, source_ids,
                                           owner_of_person)
    for i, event in mappings_in(data, "timeline"):
        yield from _citation_errors(("timeline", i, "source"), event.get("source"), source_ids)


def _archived_copy_errors(loc: Location, text: Any, folder: Path) -> Iterator[tuple[Location, str]]:
    if not is_checkable_path(text):
        return  # the schema reports it
    real, inside = archived_copy(folder, text)
    if not inside:
        yield loc, (f"the archived copy '{text}' resolves to {real}, outside the briefing's folder "
                    "(a symbolic link?); it is not read")
    elif not real.is_file():
        what = "is not a regular file" if real.exists() else "does not exist"
        yield loc, f"the archived copy '{text}' {what} (looked for {folder / text})"


def _citation_errors(loc: Location, value: Any, source_ids: set[Any]) -> Iterator[tuple[Location, str]]:
    if isinstance(value, str) and value not in source_ids:
        yield loc, f"unknown source '{value}' (known: {_known(source_ids)})"


def _party_reference_errors(here: Location, party: dict[str, Any], party_ids: set[Any],
                            source_ids: set[Any],
                            owner_of_person: dict[Any, Any]) -> Iterator[tuple[Location, str]]:
    party_id = _id(party)
    people = {_id(person) for _, person in mappings_in(party, "people")} - {None}
    for j, person_id in ((j, _id(p)) for j, p in mappings_in(party, "people")):
        if person_id in party_ids:
            yield here + ("people", j, "id"), (
                f"person id '{person_id}' is also a party id; speakers would be ambiguous")
    for j, quote in mappings_in(party, "quotes"):
        speaker = quote.get("speaker")
        if isinstance(speaker, str) and speaker != party_id and speaker not in people:
            owner = owner_of_person.get(speaker)
            yield here + ("quotes", j, "speaker"), (
                f"speaker '{speaker}' belongs to party '{owner}', not '{party_id}'" if owner
                else f"unknown speaker '{speaker}' (known: {_known([party_id, *people])})")
        yield from _citation_errors(here + ("quotes", j, "source"), quote.get("source"), source_ids)
    for j, consequence in mappings_in(party, "consequences"):
        affects = consequence.get("affects")
        for k, affected in enumerate(affects if isinstance(affects, list) else []):
            if isinstance(affected, str) and affected not in party_ids:
                yield here + ("consequences", j, "affects", k), (
                    f"unknown party '{affected}' (known: {_known(party_ids)})")
        yield from _citation_errors(here + ("consequences", j, "source"),
                                    consequence.get("source"), source_ids)


def _editorial_warnings(briefing: Briefing) -> Iterator[tuple[Location, str]]:
    """Gaps a reader of the brief would notice; warnings, since a briefing in progress may
    have them for good reason (``--strict`` makes them failures)."""
    yield from _uncited_sources(briefing)
    yield from _parties_without_quotes(briefing)
    yield from _empty_sections(briefing)
    if not any(party.consequences for party in briefing.parties):
        yield ("parties",), "no party imposes or faces any consequence"


def _uncited_sources(briefing: Briefing) -> Iterator[tuple[Location, str]]:
    """A source nothing cites is archived and listed for no reason the reader can see."""
    cited = briefing.cited_sources()
    for i, source in enumerate(briefing.sources):
        if source.id not in cited:
            yield ("sources", i, "id"), f"source '{source.id}' is never cited"


def _parties_without_quotes(briefing: Briefing) -> Iterator[tuple[Location, str]]:
    """A party shown without its own words, unless the analyst says why none are given."""
    for i, party in enumerate(briefing.parties):
        if not party.quotes and not party.no_quotes_reason:
            yield ("parties", i), (
                f"party '{party.id}' has no quotes; add some or say why in no_quotes_reason"
            )


def _empty_sections(briefing: Briefing) -> Iterator[tuple[Location, str]]:
    """A section of the brief that would print with nothing under its heading."""
    for key in ("key_points", "timeline", "background", "outlook"):
        if not getattr(briefing, key):
            yield (key,), f"the section '{key}' is empty"
