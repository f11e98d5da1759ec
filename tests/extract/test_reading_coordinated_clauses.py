"""A quote opened by "and that" or "but that" is a second reported clause of the cue before the
clause that holds the nearest cue (``briefings.extract.reading``): in "X told AFP that Baku
agreed with the plan, but that '…'", the words are X's, not Baku's.

Sentences are invented for these tests (real places, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param("Presidential aide Farid Mamedli told AFP by phone that Baku agreed with the plan, but that "
                 '"the last part is the hardest."', "Farid Mamedli", id="told AFP that ..., but that"),
    pytest.param('Farid Mamedli said Tehran had warned of delays and that "the rest will follow soon enough."',
                 "Farid Mamedli", id="said ... and that"),
    pytest.param('Farid Mamedli said that Baku agreed, and Ilham Rustamov warned that "the last part is the '
                 'hardest."', "Ilham Rustamov", id="a second main clause keeps its own cue"),
    pytest.param('Farid Mamedli spoke first. Ilham Rustamov agreed, but that "the last part is the hardest" '
                 "was plain.", "Ilham Rustamov", id="no earlier cue in the sentence"),
])
def test_a_second_reported_clause_keeps_the_first_cue(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
