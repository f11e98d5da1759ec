"""A name right after a quote tags it only when the quote ends as tagged words do, with a comma,
question or exclamation mark or full stop inside or right after its closing mark
(``briefings.extract.uncued.sentence_subject``): 'go after" Osama bin Laden.' is the quoted
words' object. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_BEFORE = ('Speaking on Monday, pollster Joel Reyes lashed out at the rival campaign.\n\n'
           '"When it comes to judgment, let us be clear," Reyes added. ')

CASES = {
    "a name after a quote cut mid-clause: its object": (
        _BEFORE + '"He listened to her time after time, including on whether to go after" Abu Kamal.', "Joel Reyes"),
    "comma inside the marks": ('Hale was in a fighting mood. "We will win this state," Mr. Hale riffed.', "Hale"),
    "comma after the marks": ('Hale was in a fighting mood. "We will win this state", Mr. Hale riffed.', "Hale"),
}


@pytest.mark.parametrize("case", CASES)
def test_a_name_after_a_quote(case: str) -> None:
    text, speaker = CASES[case]
    assert extract_quotes(text)[-1].speaker == speaker
