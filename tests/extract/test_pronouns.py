"""Whom a pronoun stands for (``briefings.extract.pronouns``). Sentences are invented for these
tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    pytest.param('Anna Berg said the talks would go on. She added that they were "the last chance for a deal."',
                 "Anna Berg", id="the speaker of the sentence before"),
    pytest.param('Anna Berg met Tom Hale on Monday. Ms Berg stayed. Mr Hale left early. She said the talks were '
                 '"the last chance for a deal."', "Anna Berg", id="the nearest person of the pronoun's gender"),
    pytest.param('Anna Berg met Tom Hale on Monday. Mr Hale left early. She said the talks were "the last chance '
                 'for a deal."', None, id="no one shown to be of that gender: unsure"),
    pytest.param('The Ruritanian Trade Council met on Monday. It said the duties were "the last chance for a deal."',
                 "Ruritanian Trade Council", id="'it' is the body that was the subject"),
    pytest.param('"We are the last chance for a deal," I said to the minister.', None,
                 id="'I' is the writer: never guessed"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_pronoun_stands_for(text: str, speaker: str | None) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
