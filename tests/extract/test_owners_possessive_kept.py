"""A country's or an organisation's body after a possessive keeps the possessive as the article
writes it: "Greece's foreign ministry said" is the speaker "Greece's foreign ministry" (the
annotators' "fullest name the article gives", as "India's Ministry of External Affairs"), not
"Greece foreign ministry", a name no one wrote. A body named after a person stays "the Roe
campaign" (``owners.owned_role``). Sentences invented for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> (speaker, party) of its one quote
CASES = [
    pytest.param('In a statement, Greece\'s foreign ministry said the move "undermines stability in the region."',
                 ("Greece's foreign ministry", "Greece"), id="a country's ministry"),
    pytest.param('The Arab League\'s secretariat said the move "undermines stability in the region."',
                 ("Arab League's secretariat", "Arab League"), id="an organisation's body"),
    pytest.param('Roe\'s campaign said the move "undermines stability in the region."', ("Roe campaign", None),
                 id="a person's campaign"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_body_owned_by_an_actor_keeps_the_possessive(text: str, expected: tuple[str, str | None]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected
