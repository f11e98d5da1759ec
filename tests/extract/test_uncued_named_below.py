"""A quote on a paragraph of its own, then a paragraph that opens "That was the message from X"
(``briefings.extract.uncued.signed_below``, ``_THAT_WAS``): X said it, as a feature's lede
names the speaker after the quote; it had no speaker ("no reporting cue reaches this quote").
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '"We do not want to be a pawn in anybody\'s game. The ocean is not a chessboard."\n\n'


@pytest.mark.parametrize(("below", "speaker"), [
    ("That was the message from Valdonia's Prime Minister Tomas Brel at the summit on Tuesday.", "Tomas Brel"),
    ("Those were the words of Prime Minister Tomas Brel as the summit opened on Tuesday.", "Tomas Brel"),
    ("That was the stark warning from Tomas Brel, the prime minister, on Tuesday.", "Tomas Brel"),
])
def test_named_in_the_paragraph_below(below: str, speaker: str) -> None:
    assert extract_quotes(QUOTE + below)[0].speaker == speaker


@pytest.mark.parametrize("below", [
    "That was the day the summit opened, said Tomas Brel's aides.",  # no message, no speaker so named
    "That was the message of the summit, which Tomas Brel opened.",  # a lower-case phrase first
])
def test_no_speaker_named_so(below: str) -> None:
    assert extract_quotes(QUOTE + below)[0].speaker != "Tomas Brel"


def test_named_below_an_advertisement_line() -> None:
    text = QUOTE + "Advertisement\n\nThat was the message from Prime Minister Tomas Brel on Tuesday."
    assert extract_quotes(text)[0].speaker == "Tomas Brel"
