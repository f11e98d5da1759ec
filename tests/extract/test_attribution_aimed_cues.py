"""After a comma, the name that follows a verb aimed at someone ("criticized Sanders for
...", "accused Roe of ...") is its target, never an inverted subject: without a subject the
extractor reads, the quote is withheld (``attribution._AIMED_CUES``). After a quote the
inversion stays ('"...," blasted Roe').

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ('Her campaign\'s leadership, on a press call Friday, criticized Mr. Dunne for taking their data '
     'and for "misrepresenting what had occurred."', None),
    ('The union\'s old guard, in a letter last week, accused Mayor Kline of "a betrayal of the workers."',
     None),
    ('"It is a betrayal of the workers," blasted Mayor Kline.', "Kline"),
    ('Senator Ann Ford, in an interview, said Mayor Kline had been "a disappointment from his very first day."', "Ann Ford"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_target_of_an_aimed_cue_is_no_speaker(text: str, speaker: str | None) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker
