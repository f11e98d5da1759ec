"""A government body named by common words and placed in a capital ("a Foreign Ministry
spokeswoman in Beijing") is that country's, as "officials in Tehran" are
(``labels.officials_in``); an embassy or consulate stands in another country's capital, and
a place that is no country names none. A press agency is a news outlet (``labels.is_outlet_name``)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.labels import is_outlet_name


@pytest.mark.parametrize(("subject", "party"), [
    ("a Foreign Ministry spokeswoman in Beijing", "China"),
    ("a government spokesman in Kabul", "Afghanistan"),
    ("the foreign ministry in Tokyo", "Japan"),
    ("an embassy spokesman in Beijing", None),
    ("a Foreign Ministry spokeswoman in Geneva", None),
])
def test_a_body_placed_in_a_capital(subject: str, party: str | None) -> None:
    text = f'ASIA - Tension rose.\n\n"The other side has seriously violated the accord," {subject} said.\n'
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.party == party


@pytest.mark.parametrize(("name", "outlet"), [
    ("Saudi Press Agency", True),
    ("the Kuwait News Agency", True),
    ("International Atomic Energy Agency", False),
    ("Press Office", False),
])
def test_a_press_agency_is_an_outlet(name: str, outlet: bool) -> None:
    assert is_outlet_name(name) is outlet
