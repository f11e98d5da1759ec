"""Titles of foreign news that were kept in the speaker's name (``lexicon/title_words.txt``):
"Foreign Affairs Undersecretary X" gave `Undersecretary X` and "Chargé d'Affaires X" gave
`Chargé d'Affaires X`. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Foreign Affairs Undersecretary Maria Dela Paz said the protest was filed. '
     '"We conveyed our position in the strongest terms," Dela Paz said.', "Maria Dela Paz"),
    ('Under-Secretary Tomas Reyes said the talks "went better than anyone expected."', "Tomas Reyes"),
    ("The ministry summoned the Valdonian Chargé d'Affaires Oskar Brenn on Monday. "
     '"We have shared credible evidence with our partners," Mr. Brenn said.', "Oskar Brenn"),
    ("The ministry summoned the Valdonian Charge d’Affaires Oskar Brenn on Monday. "
     '"We have shared credible evidence with our partners," Mr. Brenn said.', "Oskar Brenn"),
])
def test_title_not_in_the_name(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
