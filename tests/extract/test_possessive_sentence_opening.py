"""A possessive pronoun that opens its sentence before a noun of speech and a colon ("His
verdict: '…'", "Her answer: '…'"): the possessor speaks (``possessive._INTRODUCTION`` read only
lower-case "his"/"her", so the phrase became the label `His verdict`, 0.74). "verdict" and
"prediction" are nouns of speech (``lexicon/speech_nouns.txt``).

Sentences and people are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

INTRO = "Admiral Piet van Oosten, chair of the Military Committee, warned of gaps in air defence. "


@pytest.mark.parametrize("opening", ["His verdict:", "His answer:", "His prediction:", "His verdict was blunt:"])
def test_the_possessor_speaks(opening: str) -> None:
    text = INTRO + opening + ' "We are not where we need to be, not yet."'
    assert extract_quotes(text)[-1].speaker == "Piet van Oosten"

