"""Checks that need the whole briefing: cross-references, archived sources, editorial warnings.

The schema (:mod:`briefings.model`) knows each field on its own; here we check that ids point at
things that exist, that ids are unique, that every speaker belongs to the quote's party and that
every cited source has its local copy. These reference checks read the plain YAML data, not the
model, so they also run on a file with schema errors: the analyst sees a misspelled key and an
unknown speaker in the same report. Editorial warnings (gaps a reader would notice) need the
validated model.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from briefings.constants import MAX_SOURCE_BYTES
from briefings.errors import BriefingError, Issue, Severity
from briefings.load.paths import PathRefused, confine, read_regular_file
from briefings.load.yaml import LoadedBriefing, Location, dotted, plain
from briefings.schema.briefing import Briefing, Party
from briefings.validation.provenance import MAX_CLOSEST_PASSAGES, SourceText, names_near
from briefings.validation.review import review_placeholders


def check_briefing(loaded: LoadedBriefing) -> list[Issue]:
    """Every cross-reference error, and (for a schema-valid briefing) every warning."""
    if loaded.tree is None:
        return []
    issues = [
        loaded.issue(loc, message)
        for loc, message in _reference_errors(plain(loaded.tree), loaded.folder)
    ]
    if loaded.briefing is not None and not issues:
        issues += [
            loaded.issue(loc, message, severity=severity)
            for loc, message, severity in _provenance(loaded.briefing, loaded.folder)
        ]
    if loaded.briefing is not None:
        issues += [
            loaded.issue(loc, message, severity=Severity.WARNING)
            for loc, message in _editorial_warnings(loaded.briefing)
        ]
    return issues + review_placeholders(loaded)


def _provenance(briefing: Briefing, folder: Path) -> Iterator[tuple[Location, str, Severity]]:
    """Archived sources unchanged; every quote in its source; its speaker named near it."""
    texts: dict[str, SourceText] = {}
    for i, source in enumerate(briefing.sources):
        path, inside = archived_copy(folder, source.text)
        if not inside:
            continue  # reported by the reference checks; never read
        try:
            raw = read_regular_file(path, MAX_SOURCE_BYTES)
        except BriefingError as error:
            yield ("sources", i, "text"), f"cannot read '{source.text}': {error}", Severity.ERROR
            continue
        if source.sha256 and hashlib.sha256(raw).hexdigest() != source.sha256:
            yield ("sources", i, "sha256"), (
                f"the archived copy of source '{source.id}' ({source.text}) has changed since it "
                "was recorded: its sha256 no longer matches"
            ), Severity.ERROR
        try:
            texts[source.id] = SourceText(raw.decode("utf-8"))
        except UnicodeDecodeError:
            yield ("sources", i, "text"), f"'{source.text}' is not UTF-8 text", Severity.ERROR
    misquotes = 0
    for i, party in enumerate(briefing.parties):
        for j, quote in enumerate(party.quotes):
            archived = texts.get(quote.source)
            if archived is None:
                continue
            here: Location = ("parties", i, "quotes", j, "text")
            match = archived.find(quote.text)
            if match is None:
                misquotes += 1
                yield here, _not_found(archived, quote.text, quote.source, misquotes), Severity.ERROR
                continue
            names = _speaker_names(party, quote.speaker)
            if not names_near(archived.window(match), names):
                yield here, (
                    f"the speaker '{quote.speaker}' is not named near this quote in source "
                    f"'{quote.source}' (looked for: {', '.join(names)})"
                ), Severity.WARNING


def _not_found(archived: SourceText, quote: str, source: str, count: int) -> str:
    """The message for a quote not in its source: with the closest passage for the first
    MAX_CLOSEST_PASSAGES misquotes of a briefing, without it after (the search is slow)."""
    if count > MAX_CLOSEST_PASSAGES:
        return (f"quote not found in source '{source}' (no closest passage: only the first "
                f"{MAX_CLOSEST_PASSAGES} misquotes of a briefing are given one)")
    closest = archived.closest(quote)
    return (f"quote not found in source '{source}'; closest passage "
            f"(line {closest.line}, {closest.score:.0f}% similar): \"{closest.text}\"")


def _speaker_names(party: Party, speaker: str) -> list[str]:
    """Every way a source may name a quote's speaker: name, surname, aliases, role."""
    person = next((p for p in party.people if p.id == speaker), None)
    if person is None:
        names = [party.name, party.short_name, *party.aliases]
    else:
        names = [person.name, person.name.split()[-1], *person.aliases]
        if person.role:
            names += [person.role, person.role.split()[-1]]
    return list(dict.fromkeys(name for name in names if name))


def _items(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mappings in the list ``data[key]``, with their indexes; anything else is skipped
    (the schema reports it)."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


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
    sources = _items(data, "sources")
    parties = _items(data, "parties")
    source_ids = {_id(s) for _, s in sources} - {None}
    party_ids = {_id(p) for _, p in parties} - {None}
    owner_of_person = {
        _id(person): _id(party) for _, party in parties for _, person in _items(party, "people")
    }
    yield from _duplicates(((("sources", i), _id(s)) for i, s in sources), "source")
    yield from _duplicates(((("parties", i), _id(p)) for i, p in parties), "party")
    yield from _duplicates(
        ((("parties", i, "people", j), _id(person))
         for i, party in parties for j, person in _items(party, "people")),
        "person",
    )
    for i, source in sources:
        yield from _archived_copy_errors(("sources", i, "text"), source.get("text"), folder)
    for i, party in parties:
        yield from _party_reference_errors(("parties", i), party, party_ids, source_ids,
                                           owner_of_person)
    for i, event in _items(data, "timeline"):
        yield from _citation_errors(("timeline", i, "source"), event.get("source"), source_ids)


def _archived_copy_errors(loc: Location, text: Any, folder: Path) -> Iterator[tuple[Location, str]]:
    if (not isinstance(text, str) or not text or ".." in text.split("/")
            or text.startswith("/") or "\x00" in text):
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
    people = {_id(person) for _, person in _items(party, "people")} - {None}
    for j, person_id in ((j, _id(p)) for j, p in _items(party, "people")):
        if person_id in party_ids:
            yield here + ("people", j, "id"), (
                f"person id '{person_id}' is also a party id; speakers would be ambiguous")
    for j, quote in _items(party, "quotes"):
        speaker = quote.get("speaker")
        if isinstance(speaker, str) and speaker != party_id and speaker not in people:
            owner = owner_of_person.get(speaker)
            yield here + ("quotes", j, "speaker"), (
                f"speaker '{speaker}' belongs to party '{owner}', not '{party_id}'" if owner
                else f"unknown speaker '{speaker}' (known: {_known([party_id, *people])})")
        yield from _citation_errors(here + ("quotes", j, "source"), quote.get("source"), source_ids)
    for j, consequence in _items(party, "consequences"):
        affects = consequence.get("affects")
        for k, affected in enumerate(affects if isinstance(affects, list) else []):
            if isinstance(affected, str) and affected not in party_ids:
                yield here + ("consequences", j, "affects", k), (
                    f"unknown party '{affected}' (known: {_known(party_ids)})")
        yield from _citation_errors(here + ("consequences", j, "source"),
                                    consequence.get("source"), source_ids)


def archived_copy(folder: Path, text: str) -> tuple[Path, bool]:
    """The real path of a source's archived copy, and whether it is inside ``folder``
    (by the one confinement check, :func:`briefings.load.paths.confine`)."""
    try:
        return confine(folder, text), True
    except PathRefused:
        real = (folder / text).resolve()
        return real, real.is_relative_to(folder.resolve())


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
