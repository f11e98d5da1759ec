"""A definite role phrase right after "said" is the subject of the next cue, as a name is
(``reported_clauses.named_after_said``): in "Spokesperson X said the premier also called the tariffs
'…'" the words are the premier's, relayed by X; before, X was given them (0.91).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

OPENING = "Premier Tomas Vell met the envoy on Monday. Foreign Ministry spokesperson Ana Brel spoke after.\n\n"


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('Brel said the premier also called the tariffs "a typical act of economic bullying."', "Tomas Vell"),
    ('Brel said the premier urged Norway to "withdraw its troops from the border at once."', "Tomas Vell"),
    # a plural role is a group the speaker reports on, and an object after another verb no subject
    ('Brel said the officials called the tariffs "a typical act of economic bullying."', "Ana Brel"),
    ('Brel thanked the premier and called the tariffs "a typical act of economic bullying."', "Ana Brel"),
])
def test_a_role_after_said_is_the_subject_of_the_next_cue(sentence: str, speaker: str) -> None:
    quote = extract_quotes(OPENING + sentence)[-1]
    assert quote.speaker == speaker, quote.evidence
