"""A transcript's turn: a paragraph that opens with a person's name and a colon ("Lin Wei:
China firmly opposes this."). Before, "we" in it was the writer (no speaker), a "she said" went
to the headline read as a name (`Regular Press Conference`, 0.97), and the label, written in
full at every turn, was taken for a body's name (``fullnames.names_used_like_organisations``).
Now the label is a subject and a person (``clause.turn_label``), and "I"/"we" in its turn are
that person (``pronouns.turn_speaker``).

Sentences are invented for these tests (invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

HEADLINE = "Regular Press Conference\n\n"


@pytest.mark.parametrize(("text", "speaker"), [
    (HEADLINE + 'Lin Wei: China opposes this. We urge the other side to "correct its wrong actions '
     'at once and without conditions."\n\nReporter: Will the premier attend?\n\nLin Wei: No.', "Lin Wei"),
    (HEADLINE + 'Lin Wei: China opposes this. "We urge the other side to correct its wrong actions," '
     "she said.\n\nReporter: Will the premier attend?\n\nLin Wei: I have nothing to add.", "Lin Wei"),
    # outside a transcript "we" is still the writer
    ('The talks went on. We urge the other side to "correct its wrong actions at once and without '
     'conditions."', None),
])
def test_first_person_in_a_turn_is_the_turns_speaker(text: str, speaker: str | None) -> None:
    quote = extract_quotes(text)[0]
    assert quote.speaker == speaker, quote.evidence
