""""Crown Prince and Prime Minister X … The Crown Prince affirmed": the first of two offices
joined by "and" before a name whose run holds the second is the holder's too
(``preposed._first_of_two_offices``; the title as written holds both, ``clause._first_office_start``),
and "prime" makes another office only of a minister (``heads.of_another_rank``): "the Crown
Prince" found no one, and the quote had no speaker.

Sentences and people are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

INTRO = "RIYADH — Crown Prince and Prime Minister Faisal bin Khalid received the envoy on Sunday.\n\n"


@pytest.mark.parametrize("phrase", ["The Crown Prince", "The prime minister"])
def test_either_office_names_the_holder(phrase: str) -> None:
    text = INTRO + f'{phrase} said that "a just solution is the key to stability in the region."'
    assert extract_quotes(text)[-1].speaker == "Faisal bin Khalid"


def test_relayed_by_an_agency() -> None:
    text = INTRO + 'The Crown Prince affirmed that "a just solution is the key to stability in the region," according to SPA.'
    assert extract_quotes(text)[-1].speaker == "Faisal bin Khalid"


def test_a_deputy_is_still_another_office() -> None:
    text = ("Deputy Prime Minister Omar Haddad received the envoy on Sunday.\n\n"
            'The prime minister said that "a just solution is the key to stability in the region."')
    assert extract_quotes(text)[-1].speaker != "Omar Haddad"
