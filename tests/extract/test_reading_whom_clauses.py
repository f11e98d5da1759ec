"""A cue in a "whom" clause ("…, whom he called …") attributes a quote only when it leads
straight to it: after the quote, or past a colon, the sentence's other cue does
(``briefings.extract.reading._whom_cue_elsewhere``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = {
    "the whom clause after the quote": (
        'Ann Ruiz spoke in Miami on Tuesday.\n\nRuiz said that over the last week she has begun "to expose the '
        'true record" of Tom Hale, whom she called a "con artist."', "Ruiz"),
    "a colon between": (
        'Ruiz hammered Hale, calling him a "train wreck," and contrasted the governor, whom she described as '
        '"volatile," with Reyes: "What I have seen working with Reyes is a steady hand."', "Ruiz"),
    "the quote the whom clause calls him": (
        'Instead, Ruiz called for voters to back Tom Hale, whom she describes as having "a prosecutor\'s '
        'bearing and a governor\'s temperament."', "she"),
}


@pytest.mark.parametrize("case", CASES)
def test_the_whom_clause_cue(case: str) -> None:
    text, surface = CASES[case]
    assert extract_quotes(text)[-1].speaker_surface == surface
