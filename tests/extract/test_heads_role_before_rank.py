"""A spokesperson's role noun written before a military rank ("Pentagon spokesman Major General
X") is one of the person's title words (``briefings.extract.heads.role_words``), so "the
spokesman said" finds X rather than staying the label "spokesman".

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Defense Ministry spokesman Senior Colonel Lin Hao said the talks were held.\n\n"
                 '"Keeping in touch is the way to avoid mistakes," the spokesman said.\n', "Lin Hao",
                 id="spokesman, then a rank"),
    pytest.param("Army spokeswoman Colonel Dana Reyes said the drill was over.\n\n"
                 '"Nobody was hurt during the exercise," the spokeswoman said.\n', "Dana Reyes",
                 id="spokeswoman, then a rank"),
])
def test_the_spokesman_finds_a_ranked_spokesman(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
