"""A noun phrase after a preposition is that preposition's object, never a reporting verb's
subject: in "A joint statement issued after the talks said ..." the talks say nothing; an
epithet in the subject place is still the cue's subject ("the gambling tycoon told")."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("text", [
    'Talks ended.\n\nA joint statement issued after the talks said the sides had agreed to "reopen their embassies soon".\n',
    'Talks ended.\n\nA statement released during the summit said the leaders would "keep talking in good faith".\n',
])
def test_the_object_of_a_preposition_is_no_speaker(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker not in ("talks", "summit")


def test_an_epithet_in_the_subject_place_speaks() -> None:
    (quote,) = extract_quotes('Talks ended.\n\nThe gambling tycoon told reporters it was "a very good day for us".\n')
    assert quote.speaker_surface == "The gambling tycoon"
