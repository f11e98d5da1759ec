"""A role phrase whose head noun tells a gender ("the woman", "his wife") is never what "he" or
"she" stands for when the genders differ (``briefings.extract.gender.noun_gender``, read by
``briefings.extract.pronouns``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SCANDAL = ("Former Rep. Paul Danner, 51, who is married to Senate aide Marta Vilanova, sent messages to another "
            "woman, the Boston Globe reported.\n\nThe woman who received the messages has been writing to him "
            "since January. She spoke on the condition of anonymity.\n\n")

CASES = [
    pytest.param(_SCANDAL + 'Although Danner admitted that he and the woman had "been friends for some time," he '
                 'claimed they had never met.', "Paul Danner", id="'he' is not 'the woman' just before it"),
    pytest.param('Gov. Lena Ortiz toured the plant with a foreman on Monday. Although the man said the line was '
                 'safe, she said it was "a disaster waiting to happen."', "Lena Ortiz",
                 id="'she' is not 'the man' just before it"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_pronoun_skips_a_role_of_the_other_gender(text: str, speaker: str | None) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
