"""A verb after "and" or a participle with no cue before it belongs to the subject of its own
clause: the subject that opens a clause after ", while" or ", but" nearest before it, not the
sentence's first subject (``Attributor._clause_subject``). Sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = {
    "while": ('Gov. Tom Hale on Monday signed an order to block the plan, while Ann Ruiz, the former mayor, '
              'proposed we "wake up and look at the numbers" and said the council should resign.', "Ann Ruiz"),
    "but": ('Gov. Tom Hale on Monday signed an order to block the plan, but Ann Ruiz called it "a total disgrace" '
            'and said the council should resign.', "Ann Ruiz"),
    "one clause": ('Gov. Tom Hale on Monday signed an order to block the plan and said it was "the only way '
                   'forward."', "Tom Hale"),
}


@pytest.mark.parametrize("case", CASES)
def test_the_subject_of_the_clause(case: str) -> None:
    text, speaker = CASES[case]
    assert extract_quotes(text)[0].speaker == speaker
