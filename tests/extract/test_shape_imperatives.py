"""A single capitalised word that opens a sentence before "the", "a" or "an" is an imperative
verb ("Read the latest updates below:"), never a speaker (``briefings.extract.shape``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes, shape_problem


@pytest.mark.parametrize("word", ["Read", "Watch", "Follow"])
def test_an_opening_word_before_an_article_is_a_verb(word: str) -> None:
    assert shape_problem(word, opens_sentence=True, next_word="the") == "an imperative verb"


def test_a_name_before_a_verb_stays_a_name() -> None:
    assert shape_problem("Reyes", opens_sentence=True, next_word="said") is None


def test_the_imperative_names_no_speaker() -> None:
    text = 'Polls closed at 8 p.m. Read the updates below: "Sen. Ann Ruiz took the stage in Iowa late Monday."'
    assert extract_quotes(text)[0].speaker != "Read"
