"""A name right after "of" is the object of "of", never the subject of the cue
(``clause._OF_RIGHT_BEFORE``): "The Emir of Qatar said" gave the speaker `Qatar` (0.91), read as
a person titled "Emir of"; "The President of France said", after the article named the
president, gave `France`. The title is the subject: its holder, or the label "Emir of Qatar".

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = 'the plan was "a historic step for the region and for the world."'


@pytest.mark.parametrize(("opening", "speaker"), [
    ("The Emir of Qatar said ", "Emir of Qatar"),
    ("French President Jean Dufour arrived on Monday.\n\nThe President of France said ", "Jean Dufour"),
    ("The Foreign Minister of Kuwait said ", "Foreign Minister of Kuwait"),
    # the run "of Kuwait" read as a person titled "of"
    ("The Minister of Foreign Affairs of Kuwait said ", "Minister of Foreign Affairs of Kuwait"),
    # a holder named after a portfolio that follows "of" is unchanged
    ("Minister of Health Ana Brel said ", "Ana Brel"),
])
def test_the_country_after_a_title_is_not_the_speaker(opening: str, speaker: str) -> None:
    quote = extract_quotes(opening + QUOTE)[-1]
    assert quote.speaker == speaker, quote.evidence
