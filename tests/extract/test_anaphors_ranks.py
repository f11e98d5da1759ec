"""Which of several ministers "the minister" is (``briefings.extract.anaphors.rival_holders``):
a rank the phrase does not name sets a holder apart ("the minister" after "Prime Minister A"
and "Economy Minister B" is B), and of two tied holders the one named alone in the sentence just
before, in its paragraph, is meant; otherwise the nearer, as before (an abstention on ties was
deleted by the charter). Sentences are invented
for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

OPENING = ("Prime Minister Jean Morel survived the vote on Wednesday.\n\n"
           "Economy Minister Luc Vidal said the deficit would fall. ")


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(OPENING + '"These are hard but necessary choices," the minister said.', "Luc Vidal",
                 id="the minister named just before"),
    pytest.param("Economy Minister Luc Vidal said the deficit would fall.\n\nPrime Minister Jean Morel survived "
                 'the vote. "These are hard but necessary choices," the minister said.', "Luc Vidal",
                 id="a prime minister is not 'the minister'"),
    pytest.param(OPENING + '\n\nInterior Minister Paul Roux said police would come. "The state will not retreat '
                 'from the port," the minister said.', "Paul Roux", id="the one named just before"),
    pytest.param(OPENING + '\n\nInterior Minister Paul Roux met Vidal in the evening. "The state will not retreat '
                 'from the port," the minister said.', "Paul Roux", id="both named just before: the nearer, as before"),
    pytest.param(OPENING + '"These are hard but necessary choices," the prime minister said.', "Jean Morel",
                 id="the rank named"),
])
def test_which_minister(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
