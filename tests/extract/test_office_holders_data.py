"""The data of ``lexicon/office_holders.txt`` (full name → the party the holder spoke for in an
office) is well formed. These are checks of the file only, not of the code that reads it: a
malformed line would otherwise be skipped or split wrongly without anyone noticing, and a party
the project cannot name would give a quote a party no briefing can hold.

Each check is a function from the file's lines to a list of problems, tried first on bad lines
written for the test (so each check is seen to fail) and then on the shipped file."""

from __future__ import annotations

import re
from collections.abc import Callable
from importlib.resources import files

import pytest

from briefings.extract.actors import country_or_organisation

LEXICON = files("briefings.extract") / "lexicon" / "office_holders.txt"
YEAR = re.compile(r"\b(19|20)\d\d\b")


def _entries(text: str) -> list[tuple[int, str]]:
    """(line number, line) for every entry: comment and blank lines are not entries."""
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip() and not line.startswith("#")]


def _field_problems(text: str) -> list[str]:
    problems = []
    for n, line in _entries(text):
        fields = line.split("\t")
        if len(fields) != 3:
            problems.append(f"line {n}: {len(fields)} TAB-separated fields, not 3")
        elif any(not field or field != field.strip() for field in fields):
            problems.append(f"line {n}: an empty field or one with spaces at its ends")
    return problems


def _three_fields(text: str) -> list[tuple[int, list[str]]]:
    return [(n, line.split("\t")) for n, line in _entries(text) if len(line.split("\t")) == 3]


def _party_problems(text: str) -> list[str]:
    problems = []
    for n, (_, party, _) in _three_fields(text):
        found = country_or_organisation(party)
        if found is None or found[0] != party:
            problems.append(f"line {n}: party {party!r} is not a name the project gives ({found})")
    return problems


def _name_problems(text: str) -> list[str]:
    return [f"line {n}: name {name!r} has fewer than two words"
            for n, (name, _, _) in _three_fields(text) if len(name.split()) < 2]


def _office_problems(text: str) -> list[str]:
    return [f"line {n}: office {office!r} names no year"
            for n, (_, _, office) in _three_fields(text) if not YEAR.search(office)]


def _duplicate_problems(text: str) -> list[str]:
    first: dict[str, int] = {}
    problems = []
    for n, line in _entries(text):
        if line in first:
            problems.append(f"line {n}: the same as line {first[line]}")
        first.setdefault(line, n)
    return problems


CHECKS: dict[str, Callable[[str], list[str]]] = {
    "fields": _field_problems, "party": _party_problems, "name": _name_problems,
    "office": _office_problems, "duplicate": _duplicate_problems,
}
GOOD = "Anna Example\tNorway\tforeign minister, 2001–2005"


@pytest.mark.parametrize(("check", "bad_line", "message"), [
    ("fields", "Anna Example\tNorway", "2 TAB-separated fields, not 3"),
    ("fields", "Anna Example Norway foreign minister, 2001", "1 TAB-separated fields, not 3"),
    ("fields", "Anna Example\tNorway\tminister\t2001", "4 TAB-separated fields, not 3"),
    ("fields", "Anna Example\t\tforeign minister, 2001", "an empty field"),
    ("fields", "Anna Example \tNorway\tforeign minister, 2001", "spaces at its ends"),
    ("party", "Anna Example\tNorwegian\tforeign minister, 2001", "party 'Norwegian'"),
    ("party", "Anna Example\tUS\tforeign minister, 2001", "party 'US'"),
    ("party", "Anna Example\tNato\tsecretary general, 2001", "party 'Nato'"),
    ("party", "Anna Example\tRepublic of Nowhere\tpresident, 2001", "party 'Republic of Nowhere'"),
    ("name", "Example\tNorway\tforeign minister, 2001", "name 'Example' has fewer than two words"),
    ("office", "Anna Example\tNorway\tforeign minister", "names no year"),
    ("office", "Anna Example\tNorway\tforeign minister, 1850", "names no year"),
    ("duplicate", f"{GOOD}\n{GOOD}", "line 3: the same as line 2"),
])
def test_each_check_finds_its_bad_line(check: str, bad_line: str, message: str) -> None:
    text = f"# a header\n{bad_line}\n"
    assert CHECKS[check](f"# a header\n{GOOD}\n") == []
    problems = CHECKS[check](text)
    assert len(problems) == 1 and message in problems[0], problems


@pytest.mark.parametrize("check", sorted(CHECKS))
def test_the_shipped_list_passes_every_check(check: str) -> None:
    assert CHECKS[check](LEXICON.read_text(encoding="utf-8")) == []


def test_the_list_opens_with_comments_that_say_how_it_was_built() -> None:
    text = LEXICON.read_text(encoding="utf-8")
    header = "\n".join(line for line in text.splitlines()[:40] if line.startswith("#"))
    assert text.startswith("#") and "general knowledge" in header and "Format:" in header
    assert len(_entries(text)) >= 1200
