"""A country's possessive before a non-state actor says where it is, not whose words they are:
"Nigeria's Boko Haram said" gave Nigeria (the possessive read as the name's title), "Israel's
Labor Party said" Israel. A listed group's own name wins over the titles (``party._party_of_name``),
and a political party is its own name (``labels._COUNTRYS_PARTY``); a state's organ keeps its
country."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "party"), [
    ("Nigeria's Boko Haram", "Boko Haram"),
    ("Pakistan's Tehreek-e-Taliban", "Tehreek-e-Taliban Pakistan"),
    ("Syria's Kurdish-led SDF", "Syrian Democratic Forces"),
    ("Israel's Labor Party", "Labor Party"),
    ("South Africa's Democratic Alliance", "Democratic Alliance"),
    ("Israel's Shin Bet", "Israel"),
    ("Russia's Foreign Ministry", "Russia"),
])
def test_a_countrys_non_state_body(subject: str, party: str) -> None:
    text = f'BEIRUT - Talks went on.\n\n{subject} said it was "following the situation closely."\n'
    assert extract_quotes(text)[0].party == party
