"""A title that names its body after "of the" before the holder's name opens a sentence
("Leader of the Islamic Revolution Ayatollah X said", "Member of the parliament's National
Security Committee X told ISNA"). The title word alone was a speaker ("Member", 0.79), or the
holder was read as a name after a preposition and the quote had none. Three places read it:
``clause._title_start`` reads back over "of the", ``mentions._only_a_title`` takes a lone role
noun before "of" for a title, and ``portfolios.without_portfolio`` cuts a body's words after a
possessive and after portfolio words.

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    pytest.param('Leader of the National Revolution Ayatollah Reza Tavani said talks were "neither wise nor '
                 'honourable."', "Reza Tavani", id="a body after 'of the', then a title and the name"),
    pytest.param("Member of the parliament's National Security Committee Omid Karimi told ISNA that the West "
                 '"must change its behaviour first."', "Omid Karimi", id="a lone role noun, a possessive body"),
    pytest.param('UN High Commissioner for Refugees Mina Sarr said "the camps hold twice what they were built for."',
                 "Mina Sarr", id="a portfolio, as before"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_holder_after_a_title_of_the_body_is_the_speaker(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker
