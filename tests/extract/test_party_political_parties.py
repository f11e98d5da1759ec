"""A political party named in a title (``briefings.extract.party``: ``_opposition``,
``title_bodies.body_in_title`` and ``body_after_title``; ``titles.title_words_before``): its name may hold a
possessive ("People's"), a link ("Justice and Development Party") and an acronym in brackets
("(CHP)"), and "the main opposition" is no part of it. Each gave no party before.

Sentences are invented for these tests (invented parties and people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' said the plan was "driven by domestic politics."'

CASES = [
    pytest.param("Ana Lukova, leader of the main opposition Civic People's Party (CPP)," + QUOTE,
                 "Civic People's Party", id="opposition party after 'leader of', with its acronym"),
    pytest.param("The leader of the main opposition Civic People's Party, Ana Lukova," + QUOTE,
                 "Civic People's Party", id="opposition party before the name"),
    pytest.param("Main opposition Civic People's Party (CPP) leader Ana Lukova" + QUOTE,
                 "Civic People's Party", id="an acronym in brackets inside the title before the name"),
    pytest.param("The Justice and Reform Party (JRP) spokesman Omer Tekin" + QUOTE,
                 "Justice and Reform Party", id="a link inside the party's name"),
    pytest.param("Omer Tekin, head of the People's Reform Party," + QUOTE,
                 "People's Reform Party", id="'People's' is the name's own possessive"),
    pytest.param("A spokesman for President Ali Demir's Reform Party, Omer Tekin," + QUOTE,
                 "Reform Party", id="a person's possessive still names the party after it"),
    pytest.param("Opposition leader Ana Lukova" + QUOTE, None, id="no party and no country named"),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_a_party_named_in_a_title_is_the_speaker_s_party(text: str, party: str | None) -> None:
    [quote] = extract_quotes(text)
    assert quote.party == party
