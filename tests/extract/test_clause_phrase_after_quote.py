"""A determiner phrase between a quote and its cue is the cue's subject ('"...," the pitch on
Kickstarter says'): no name before the quote is (``clause.phrase_after_quote``).

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ('Echo Point Books is raising $5,000 for a print run: "Publish the book that the senator does not '
     'want you to read," the pitch on Kickstarter says.', "pitch"),
    ('Maple Press sent a bus around the state: "Read what the governor hid from you," the slogan on '
     'the bus says.', "slogan"),
    # a name between the quote and the cue is still the subject
    ('Echo Point Books is raising money: "Publish the book that the senator hid," Ann Ford, its '
     'editor, says.', "Ann Ford"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_phrase_after_the_quote_is_the_subject(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker
