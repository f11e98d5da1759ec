"""Cue forms (``briefings.extract.cue_forms``): "shot back", "fired back", "hit back" answer a
critic and report speech (``answered_back``); a noun of speech after a possessive and a date
("her March comment that '...'") is a noun, not a verb whose subject speaks
(``noun_after_determiner``), and the possessor is the speaker.

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BACK = [
    ('After former Gov. Jerry Lane criticized Bill Dorn during a debate, Hillary Dorn shot back, '
     '"I suppose I could have stayed home."', "Hillary Dorn"),
    ('When Senator Ames mocked the plan, Gov. Ruth Kerr fired back: "He has never read it."', "Ruth Kerr"),
    ('After the mayor cut the budget, Council Member Tom Pike hit back, "This is a disgrace."', "Tom Pike"),
]


@pytest.mark.parametrize(("text", "speaker"), BACK)
def test_answering_back_reports_speech(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker


def test_shot_without_back_is_no_cue() -> None:
    text = 'Officer Dale Cobb shot the tire, and the driver, Mark Lowe, said he was "terrified that it would go off again."'
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Mark Lowe"


DATED = [
    ('Senator Ellen Marsh angered miners last year. The union is unlikely to back Marsh after her '
     'March comment that, "We are going to put a lot of mines out of business."', "Ellen Marsh"),
    ('Mayor Diane Cole has paid for it since. The union never forgot her 2012 remark that "the '
     'pensions are a fantasy."', "Diane Cole"),
]


@pytest.mark.parametrize(("text", "speaker"), DATED)
def test_a_dated_noun_of_speech_gives_the_possessor(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker


def test_a_cue_word_after_a_possessive_is_a_noun() -> None:
    text = ('Gov. Ann Ford spoke on Sunday. In an interview with hosts Joe Scarlet and Mia Brandt, the '
            'governor stated that the senator\'s comments do not "fit with what I thought I knew about him."')
    (quote,) = extract_quotes(text)
    assert quote.cue == "stated" and quote.speaker != "Mia Brandt"
