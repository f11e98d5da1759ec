"""A subject pronoun after the subject and reporting verb that open its sentence's main clause
stands for that subject, not for the nearest person named inside the reported clause
(``briefings.extract.pronouns._speaker_of_own_sentence``). Sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_BEFORE = '"It is a fair inference that he backs them," Sen. Tom Hale said.\n\n'

CASES = {
    "a tag after the quote": (
        _BEFORE + 'Hale spokesman Rick Tyler said that the campaign will show voters that Hale has "the '
        'principles to make hard decisions as president," he said.', "Rick Tyler"),
    "inside the reported clause": (
        _BEFORE + 'Ann Ruiz spoke in Miami on Tuesday.\n\nRuiz said that over the last week she has begun "to expose '
        'the true record" of Hale, whom she called a "con artist."', "Ann Ruiz"),
}


@pytest.mark.parametrize("case", CASES)
def test_the_pronoun_is_the_sentence_subject(case: str) -> None:
    text, speaker = CASES[case]
    assert extract_quotes(text)[1].speaker == speaker
