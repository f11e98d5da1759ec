"""An unnamed speaker brought in with an age ("a 40-year-old nurse") or a place of origin ("a
baker from the old town") is a mention, so that a later "she said" stays with them instead of
going back to someone named earlier (``mentions.MentionFinder._role_phrase_head``,
``_cue_after_complement``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

FIRST = '"The river has never been this high in March," said Ilse Varga, who leads the flood team. '
LATER = ' "Our shop has been under water for a week," she said.'


@pytest.mark.parametrize(("middle", "speaker"), [
    # the age's number broke the phrase, so "she" went back to Ilse Varga (0.97)
    ("A 40-year-old nurse said the clinic had closed.", "40-year-old nurse"),
    ("A 61-year-old widow said the clinic had closed.", "61-year-old widow"),
    # a place after a head noun no list holds: the phrase was no mention at all
    ("A baker from the old town said the bridge was shut.", "baker"),
    ("A pharmacist in the lower district said the bridge was shut.", "pharmacist"),
])
def test_she_stays_with_the_unnamed_speaker_just_brought_in(middle: str, speaker: str) -> None:
    quote = extract_quotes(FIRST + middle + LATER)[-1]
    assert quote.speaker == speaker, quote.evidence


@pytest.mark.parametrize("middle", [
    # a complement with a verb phrase of its own, or "of", names no one who speaks
    "A crack in the levee could be blamed, engineers said.",
    "A crack in the old levee was blamed.",
    "A share of the money blamed for the delay.",
])
def test_no_speaker_is_made_from_a_phrase_that_is_no_subject(middle: str) -> None:
    quote = extract_quotes(FIRST + middle + LATER)[-1]
    assert quote.speaker == "Ilse Varga", quote.evidence
