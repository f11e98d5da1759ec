"""Provenance of every quote that can be checked: archived copies unchanged, each quote in the
source it cites, its speaker named near it.

These checks read the plain YAML data, not the model, so a misquote is reported in the same run
as a misspelled key or an unknown speaker elsewhere in the file. A quote can be checked when its
text is text and the source it cites has a readable archived copy inside the briefing's folder;
anything else about it is the schema's or the reference checks' to report.

When a quote is not in its source, the message says what is most likely wrong: the quote was
pasted with its own quotation marks, it is in another source of the briefing (which it names),
or else the closest passage of the cited source (:mod:`briefings.validation.provenance`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.constants import MAX_SOURCE_BYTES
from briefings.errors import BriefingError, Severity
from briefings.filesystem.paths import PathRefused, confine, read_regular_file
from briefings.load.yaml import Location, mappings_in
from briefings.textfold import decode_utf8
from briefings.validation.provenance import MAX_CLOSEST_PASSAGES, SourceText, names_near

#: Quotation marks an analyst may paste along with a quote (the brief adds its own).
QUOTATION_MARKS = "\"'“”‘’„«»"

QuoteProblem = tuple[Location, str, Severity]


def archived_copy(folder: Path, text: str) -> tuple[Path, bool]:
    """The real path of a source's archived copy, and whether it is inside ``folder``
    (by the one confinement check, :func:`briefings.filesystem.paths.confine`)."""
    try:
        return confine(folder, text), True
    except PathRefused:
        real = (folder / text).resolve()
        return real, real.is_relative_to(folder.resolve())


def is_checkable_path(text: Any) -> bool:
    """A source ``text`` that names a file to look for (the schema refuses the others)."""
    return (isinstance(text, str) and bool(text) and ".." not in text.split("/")
            and not text.startswith("/") and "\x00" not in text)


@dataclass(frozen=True)
class _Source:
    """A source of the briefing whose archived copy could be read."""

    id: str
    text: SourceText


class _ClosestPassages:
    """How many more misquotes of this briefing get a closest passage: the search costs up to half a
    second each, so 240 misquotes took two minutes before this budget."""

    def __init__(self) -> None:
        self.left = MAX_CLOSEST_PASSAGES

    def take(self) -> bool:
        self.left -= 1
        return self.left >= 0


def quote_problems(data: dict[str, Any], folder: Path) -> Iterator[QuoteProblem]:
    """Every provenance problem of one briefing's plain data."""
    sources: dict[str, _Source] = {}
    for i, source in mappings_in(data, "sources"):
        read = yield from _read_source(("sources", i), source, folder)
        if read is not None:
            sources.setdefault(read.id, read)
    closest_left = _ClosestPassages()
    for i, party in mappings_in(data, "parties"):
        for j, quote in mappings_in(party, "quotes"):
            yield from _check_quote(("parties", i, "quotes", j, "text"), quote, party, sources, closest_left)


def _read_source(here: Location, source: dict[str, Any],
                 folder: Path) -> Generator[QuoteProblem, None, _Source | None]:
    """Read one archived copy (a generator so that its problems are yielded; returns it)."""
    source_id, text = source.get("id"), source.get("text")
    if not isinstance(source_id, str) or not isinstance(text, str) or not is_checkable_path(text):
        return None
    path, inside = archived_copy(folder, text)
    if not inside or not path.is_file():
        return None  # reported by the reference checks; never read
    try:
        raw = read_regular_file(path, MAX_SOURCE_BYTES)
    except BriefingError as error:
        yield (*here, "text"), f"cannot read '{text}': {error}", Severity.ERROR
        return None
    recorded = source.get("sha256")
    if isinstance(recorded, str) and recorded and hashlib.sha256(raw).hexdigest() != recorded:
        yield (*here, "sha256"), (
            f"the archived copy of source '{source_id}' ({text}) has changed since it was "
            "recorded: its sha256 no longer matches"), Severity.ERROR
    try:
        return _Source(source_id, SourceText(decode_utf8(raw)))
    except UnicodeDecodeError:
        yield (*here, "text"), f"'{text}' is not UTF-8 text", Severity.ERROR
        return None


def _check_quote(here: Location, quote: dict[str, Any], party: dict[str, Any],
                 sources: dict[str, _Source], closest_left: _ClosestPassages) -> Iterator[QuoteProblem]:
    text, cited = quote.get("text"), quote.get("source")
    archived = sources.get(cited) if isinstance(cited, str) else None
    if not isinstance(text, str) or not text.strip() or archived is None:
        return
    match = archived.text.find(text)
    if match is None:
        yield here, _not_found(text, archived, sources, closest_left), Severity.ERROR
        return
    if len(text) > 1 and text[0] in QUOTATION_MARKS and text[-1] in QUOTATION_MARKS:
        yield here, ("the quote starts and ends with quotation marks: leave them out, the brief "
                     "adds its own"), Severity.WARNING
    speaker = quote.get("speaker")
    names = speaker_names(party, speaker) if isinstance(speaker, str) else []
    if names and not names_near(archived.text.window(match), names):
        yield here, (f"the speaker '{speaker}' is not named near this quote in source "
                     f"'{archived.id}' (looked for: {', '.join(names)})"), Severity.WARNING


def _not_found(text: str, cited: _Source, sources: dict[str, _Source], closest_left: _ClosestPassages) -> str:
    """Why a quote is not in its source, as precisely as we can tell; the closest passage only for
    the first MAX_CLOSEST_PASSAGES misquotes of a briefing (each search costs up to half a second)."""
    head = f"quote not found in source '{cited.id}'"
    bare = text.strip().strip(QUOTATION_MARKS).strip()
    if bare != text.strip() and bare and cited.text.find(bare) is not None:
        return (f"{head} because it was pasted with its own quotation marks: remove them "
                "(the brief adds its own)")
    for other in sources.values():
        found = other.text.find(bare or text) if other.id != cited.id else None
        if found is not None:
            return (f"{head}; it is in source '{other.id}' (line "
                    f"{other.text.line_of(found.start)}): cite that source")
    if not closest_left.take():
        return (f"{head} (no closest passage: only the first {MAX_CLOSEST_PASSAGES} misquotes of a "
                "briefing are given one)")
    closest = cited.text.closest(text)
    return (f"{head}; closest passage (line {closest.line}, {closest.score:.0f}% similar): "
            f"\"{closest.text}\"")


def speaker_names(party: dict[str, Any], speaker: str) -> list[str]:
    """Every way a source may name a quote's speaker: name, surname, aliases, role."""
    person = next((p for _, p in mappings_in(party, "people") if p.get("id") == speaker), None)
    if person is None and speaker != party.get("id"):
        return []  # an unknown speaker: the reference checks report it
    if person is None:
        names = [party.get("name"), party.get("short_name"), *_texts(party.get("aliases"))]
    else:
        name, role = person.get("name"), person.get("role")
        names = [name, *_texts(person.get("aliases"))]
        if isinstance(name, str) and name.split():
            names.insert(1, name.split()[-1])
        if isinstance(role, str) and role.split():
            names += [role, role.split()[-1]]
    return list(dict.fromkeys(name for name in names if isinstance(name, str) and name.strip()))


def _texts(value: Any) -> list[str]:
    return [item for item in value if isinstance(item, str)] if isinstance(value, list) else []
