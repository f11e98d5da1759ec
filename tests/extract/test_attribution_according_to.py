"""The source of "according to" is the mention right after it, never the subject of the clause
after its comma: "According to his longtime physician, the tycoon had '…'" names no one the
extractor reads (``Attributor.speaker_for_cue``). Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_the_clause_subject_is_not_the_source() -> None:
    text = ('Rep. Ann Ruiz released her records on Monday. According to his longtime personal physician, the '
            'billionaire businessman had results that "will be the healthiest ever seen in a candidate."')
    assert extract_quotes(text)[-1].speaker is None


def test_the_source_right_after_it() -> None:
    text = 'According to Dana Reyes, the plan "will be the healthiest budget in a decade."'
    assert extract_quotes(text)[-1].speaker == "Dana Reyes"
