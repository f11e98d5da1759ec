"""A place or desk label in capitals before a colon ("NORWAY:", "ARABS-UN:") opens wire copy
the way a dateline does: it is cut from the start of a sentence, and nothing else is.
Sentences written for this test."""

from __future__ import annotations

import pytest

from briefings.drafting.clutter import strip_dateline

CASES = [
    ("a country label", "NORWAY: Norway and Chile asked for a vote on the draft today.",
     "Norway and Chile asked for a vote on the draft today."),
    ("a desk label with a hyphen", "ARABS-UN: Ministers met in Cairo on Sunday.", "Ministers met in Cairo on Sunday."),
    ("a sentence that only starts with an acronym", "UN envoys met in Cairo on Sunday.",
     "UN envoys met in Cairo on Sunday."),
    ("a colon later in the sentence", "The minister said one thing: talks go on.", "The minister said one thing: talks go on."),
]


@pytest.mark.parametrize(("sentence", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_label_in_capitals_is_cut_from_the_start(sentence: str, expected: str) -> None:
    assert strip_dateline(sentence) == expected
