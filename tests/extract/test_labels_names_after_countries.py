"""Names that open with a country: "Turkish Airlines said" was filed under Turkey (a company is
its own party), and "Jordan Bardella said" under Jordan (a person named after a country is not
its government: no party, with the reason). A state's organ keeps its country; a country's own
name of two words is the country. Sentences written for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.labels import named_after_country

_QUOTE = '"Flights will remain suspended until further notice,"'

SPEAKERS = [
    ("a company by a country's adjective", f"{_QUOTE} Turkish Airlines said.", "Turkish Airlines"),
    ("a person named after a country", f"{_QUOTE} Jordan Bardot said in Paris.", None),
    ("a country of two words", f"{_QUOTE} the Czech Republic said.", "Czech Republic"),
    ("a ministry", f"{_QUOTE} the Russian Foreign Ministry said.", "Russia"),
]


@pytest.mark.parametrize(("text", "party"), [c[1:] for c in SPEAKERS], ids=[c[0] for c in SPEAKERS])
def test_a_name_opening_with_a_country(text: str, party: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.party == party
    assert quote.party_evidence if party else "opens with a country's name" in (quote.party_reason or "")


NAMES = [
    ("a party", "Georgian Dream", False, True),
    ("a company", "Turkish Airlines", True, True),
    ("a person", "Jordan Bardot", True, False),
    ("a ruling party", "Chinese Communist Party", False, False),
    ("armed forces", "Iranian Revolutionary Guards", False, False),
    ("a country", "Saudi Arabia", False, False),
    ("a label", "Ukrainian soldier", False, False),
]


@pytest.mark.parametrize(("name", "by_adjective", "expected"), [c[1:] for c in NAMES], ids=[c[0] for c in NAMES])
def test_named_after_country(name: str, by_adjective: bool, expected: bool) -> None:
    assert named_after_country(name, by_adjective=by_adjective) is expected
