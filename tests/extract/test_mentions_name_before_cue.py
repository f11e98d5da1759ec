"""A name before a reporting verb is the verb's subject, not a modifier of a title that follows
("Roe strategist Tom Reddy"): the lower-case words between a name and a capitalised word are
title words only when no cue or determiner is among them (``MentionFinder._modifies_title``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ('In a video from the campaign, Perry said his fellow Texan is ready to "take on the Washington cartel."',
     "Perry"),
    ('Ms. Vann said her fellow Ohioan was "the best choice for the state."', "Vann"),
    ('Roe strategist Tom Reddy said the race was "a dead heat."', "Tom Reddy"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_name_before_the_cue_speaks(text: str, speaker: str) -> None:
    assert extract_quotes(text)[0].speaker == speaker
