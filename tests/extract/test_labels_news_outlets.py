"""A news outlet is never a party (issue 19 point 6), even where it is taken for the speaker of
words it relays ("..., KCNA quoted a spokesman as saying"); an organisation whose name holds
"Agency" or "Press" is no outlet for it. Sentences written for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.labels import is_outlet_name, party_of_body

OUTLETS = [
    ("an agency of the list", "KCNA", True),
    ("an agency by its full name", "Korean Central News Agency", True),
    ("a paper", "the Global Times", True),
    ("a broadcaster", "Press TV", True),
    ("a UN agency", "International Atomic Energy Agency", False),
    ("an office", "Presidential Press Office", False),
    ("a ministry", "Foreign Ministry", False),
]


@pytest.mark.parametrize(("name", "outlet"), [c[1:] for c in OUTLETS], ids=[c[0] for c in OUTLETS])
def test_outlets_are_told_from_other_bodies(name: str, outlet: bool) -> None:
    assert is_outlet_name(name) is outlet


PARTIES = [
    ("an agency", "Korean Central News Agency", None),
    ("an agency of the list", "Xinhua", None),
    ("an aid group keeps its name", "Norwegian Refugee Council", "Norwegian Refugee Council"),
    ("an agency of an organisation", "International Atomic Energy Agency", "International Atomic Energy Agency"),
]


@pytest.mark.parametrize(("name", "party"), [c[1:] for c in PARTIES], ids=[c[0] for c in PARTIES])
def test_an_outlet_is_no_party(name: str, party: str | None) -> None:
    found, why = party_of_body(name)
    assert found == party
    assert why


def test_a_one_word_outlet_speaker_says_why_it_has_no_party() -> None:
    """ "Xinhua said" gave the reason "'Xinhua' may be a person or a body"; it is an outlet."""
    quote = extract_quotes('"China never seeks hegemony in Asia," Xinhua said.')[-1]
    assert (quote.speaker, quote.party) == ("Xinhua", None)
    assert "news outlet" in (quote.party_reason or "")
