"""A title word that ends a name is the holder's family name ("King", "Bishop", "Prince") when a
title or honorific stands before the name, or an initial right before the word
(``briefings.extract.names._surname_like_title``); alone or after a body's or a nation's words
it stays a title. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ("Rep. Walter King", "Walter King"),
    ("Walter T. King", "Walter T. King"),
    ("Representative Walter T. King, Republican of Ohio,", "Walter T. King"),
    ("Mr. Walter King", "Walter King"),
    ("Sen. Ada Bishop", "Ada Bishop"),
    ("Tesla President", "Tesla President"),
    ("Saudi Crown Prince", "Saudi Crown Prince"),
    ("Vice President", "Vice President"),
]


@pytest.mark.parametrize(("subject", "speaker"), CASES)
def test_a_title_word_ending_a_name(subject: str, speaker: str) -> None:
    text = f'Many feel the same. "We did feel that it was stifling," {subject} said on Monday.'
    assert extract_quotes(text)[0].speaker == speaker


@pytest.mark.parametrize("subject", ["Rep. Walter King of Ohio", "Sen. Dan Prince of Maine"])
def test_a_title_surname_before_a_state(subject: str) -> None:
    text = f'{subject} spoke at the hearing. "We did feel that it was stifling," Mr. {subject.split()[2]} said.'
    assert extract_quotes(text)[0].speaker == " ".join(subject.split()[1:3])
