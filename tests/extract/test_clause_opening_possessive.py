"""A name owned by a possessive that opens its clause is the clause's subject: in "Egypt's
state-affiliated Al-Qahera TV quoted a senior source as saying '...'" the channel quotes the
source. The modifier between them made the channel an object, no quoting outlet was found, and
the quote inherited the speaker of the paragraph before (0.95, confidently wrong). Sentences
invented for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BEFORE = 'Senior Hamas official Osama Hamdan told reporters that the group "has shown maximum flexibility."\n\n'

# the sentence after BEFORE -> speaker of its quote
CASES = [
    pytest.param("Egypt's state-affiliated Al-Qahera News TV quoted a high-level source as saying that mediators "
                 'were "making intensive efforts to bridge the gaps."', "high-level source", id="an outlet"),
    pytest.param("Iran's semi-official Tasnim news agency quoted a senior source as saying that mediators were "
                 '"making intensive efforts to bridge the gaps."', "senior source", id="an agency"),
    pytest.param("Egypt's Al-Qahera News TV quoted a senior source as saying that mediators were "
                 '"making intensive efforts to bridge the gaps."', "senior source", id="no modifier, as before"),
]


@pytest.mark.parametrize(("sentence", "speaker"), CASES)
def test_the_owned_name_is_the_subject(sentence: str, speaker: str) -> None:
    assert extract_quotes(BEFORE + sentence)[-1].speaker == speaker
