"""A government body named by common words and placed in a capital ("a Foreign Ministry
spokeswoman in Beijing") is that country's, as "officials in Tehran" are
(``labels.officials_in``); an embassy or consulate stands in another country's capital, and
a place that is no country names none, nor does a capital where the article shows another
government (round 11's attack: "Britain summoned China's ambassador ... a Foreign Ministry
spokesman in London" gave the United Kingdom for China's words). A press agency is a news outlet (``labels.is_outlet_name``)."""

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


@pytest.mark.parametrize(("lead", "party"), [
    ("The Norwegian prime minister arrived in Beijing on Monday for two days of talks.", None),
    ("Canada summoned China's ambassador in Ottawa, and China replied from Beijing.", None),
    ("A Vietnamese delegation is in Beijing for talks on the border.", None),
    ("China warned Vietnam over the border on Monday.", "China"),  # no guest in the capital
])
def test_a_capital_with_another_government_in_it_names_no_party(lead: str, party: str | None) -> None:
    """Where the article shows another government in the capital (a visit, an envoy, a
    delegation), a ministry placed there may be the guest's (``labels._guests_in``)."""
    text = (f"BEIJING - {lead}\n\n"
            '"The other side has seriously violated the accord," a Foreign Ministry spokeswoman in Beijing said.\n')
    quote = extract_quotes(text)[0]
    assert quote.party == party


@pytest.mark.parametrize(("name", "outlet"), [
    ("Saudi Press Agency", True),
    ("the Kuwait News Agency", True),
    ("International Atomic Energy Agency", False),
    ("Press Office", False),
])
def test_a_press_agency_is_an_outlet(name: str, outlet: bool) -> None:
    assert is_outlet_name(name) is outlet
