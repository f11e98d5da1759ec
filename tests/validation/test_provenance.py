"""Provenance: every quote must be in its archived source; drift and far-away speakers."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import SEED_BRIEFING

from briefings.errors import ValidationFailed
from briefings.load.yaml import load_briefing_file
from briefings.validation.provenance import SourceText
from briefings.validation.run import validate_paths

SEED = load_briefing_file(SEED_BRIEFING).briefing
SEED_QUOTES = [quote.text for party in SEED.parties for quote in party.quotes]


def test_seed_has_no_provenance_problems() -> None:
    _, warnings = validate_paths([SEED_BRIEFING], strict=True)
    assert warnings == []


def _change_one_word(quote: str) -> str:
    words = re.findall(r"[A-Za-z]{3,}", quote)
    victim = max(words, key=len)
    return quote.replace(victim, "zebra", 1)


@pytest.mark.parametrize("quote", SEED_QUOTES, ids=[q[:25] for q in SEED_QUOTES])
def test_one_changed_word_fails_naming_the_quote_and_passage(quote: str, seed_copy: Path) -> None:
    text = seed_copy.read_text(encoding="utf-8")
    changed = _change_one_word(quote)
    assert text.count(f"text: {quote}\n") == 1
    seed_copy.write_text(text.replace(f"text: {quote}\n", f"text: {changed}\n"), encoding="utf-8")
    line = next(i for i, text in enumerate(seed_copy.read_text().splitlines(), 1) if changed in text)
    with pytest.raises(ValidationFailed) as failure:
        validate_paths([seed_copy])
    (issue,) = [i for i in failure.value.issues if i.is_error]
    assert issue.line == line and issue.location.endswith(".text")
    assert "quote not found in source 'seed-article'; closest passage (line " in issue.message
    # the passage shown is the real text the analyst must compare with
    assert _change_one_word(quote) not in issue.message
    assert max(re.findall(r"[A-Za-z]{3,}", quote), key=len) in issue.message


EDITORIAL = [
    ("straight vs curly quotes and apostrophes", "the sanctions aren't in line", True),
    ("dash typed as a hyphen", "Turkey has taken - and will continue to take -", True),
    ("elision with an ellipsis", "It is clear that sanctions … will undermine trust among allies", True),
    ("elision in brackets", "It is clear that sanctions [...] will undermine trust among allies", True),
    ("three dots already in the source", "United States...will provide", True),
    ("bracketed insertion", "an asset freeze and visa restrictions on [Ismail Demir] and other SSB officers", True),
    ("capital changed by the analyst", "Returning to cooperation and solidarity", True),
    ("white space differences", "shaken   all\nthe values", True),
    ("a word left out without a mark", "It is clear that sanctions will not only damage", False),
    ("an elision that hides nothing real", "shaken all … the bananas", False),
]


@pytest.mark.parametrize(("scenario", "quote", "found"), EDITORIAL, ids=[e[0] for e in EDITORIAL])
def test_editorial_marks(scenario: str, quote: str, found: bool) -> None:
    source = SourceText((SEED_BRIEFING.parent / SEED.sources[0].text).read_text(encoding="utf-8"))
    assert (source.find(quote) is not None) == found


def test_changed_archive_fails_naming_the_source(seed_copy: Path) -> None:
    archive = seed_copy.parent / "000_e1ef2b7ba22a4b2b.txt"
    archive.write_text(archive.read_text() + "\nAn extra line.\n")
    with pytest.raises(ValidationFailed) as failure:
        validate_paths([seed_copy])
    assert any("source 'seed-article' (000_e1ef2b7ba22a4b2b.txt) has changed" in str(i)
               for i in failure.value.issues)


def test_speaker_not_near_the_quote_is_a_warning(seed_copy: Path) -> None:
    text = seed_copy.read_text()
    # give the CHP's quote to the SSB's Ismail Demir, who is named nowhere near it
    text = text.replace("        speaker: chp\n", "        speaker: chp-leader\n")
    text = text.replace("    kind: political party\n",
                        "    kind: political party\n    people:\n      - id: chp-leader\n        name: Ozgur Ozel\n")
    seed_copy.write_text(text)
    _, warnings = validate_paths([seed_copy])
    assert any("the speaker 'chp-leader' is not named near this quote" in str(w) for w in warnings)
    with pytest.raises(ValidationFailed):
        validate_paths([seed_copy], strict=True)
