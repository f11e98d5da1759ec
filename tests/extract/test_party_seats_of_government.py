"""Seats of government and state organs that news names without their country speak for it
(``lexicon/metonyms.txt``, ``lexicon/national_bodies.txt``): "the Blue House said" was filed under
a party called "Blue House", "the Office of the Central Foreign Affairs Commission" under itself,
and "the ISPR said" had none. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("body", "party"), [
    ("the Blue House", "South Korea"),
    ("a Yongsan official", "South Korea"),
    ("Zhongnanhai", "China"),
    ("Itamaraty", "Brazil"),
    ("the Casa Rosada", "Argentina"),
    ("an Akorda spokesman", "Kazakhstan"),
    ("the Inter-Services Public Relations", "Pakistan"),
    ("the ISPR", "Pakistan"),
    ("an MEA spokesperson", "India"),
    ("the Office of the Central Foreign Affairs Commission", "China"),
])
def test_a_seat_of_government_speaks_for_its_country(body: str, party: str) -> None:
    (quote,) = extract_quotes(f'"The talks were frank and useful," {body} said in a statement on Monday.')
    assert quote.party == party, (quote.speaker, quote.party_evidence, quote.party_reason)


def test_the_custodian_of_the_two_holy_mosques_is_saudi_arabias_king() -> None:
    text = ('RIYADH (SPA) - The Custodian of the Two Holy Mosques King Hamad received a call.\n\n'
            '"We must act now," King Hamad said.')
    (quote,) = extract_quotes(text)
    assert quote.party == "Saudi Arabia", (quote.speaker, quote.party_evidence, quote.party_reason)


def test_a_court_two_countries_name_so_is_neither_s() -> None:
    """Qatar's and Kuwait's courts are both the Amiri Diwan: the name alone says no country."""
    text = 'KUWAIT CITY - Kuwait mourned on Monday.\n\n"The nation has lost a loyal son," the Amiri Diwan said.'
    (quote,) = extract_quotes(text)
    assert quote.party != "Qatar", quote.party_evidence
