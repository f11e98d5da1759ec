"""An acronym in brackets after a name is that name's alias, never a subject
(``briefings.extract.clause.position_facts``): "the leader of the Popular Party (PP) said" was
spoken by the leader, not by "PP" (it gave the speaker "Popular Party").

Sentences are invented for these tests (real parties and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('Opposition leader Marta Vidal criticised the timing. "This was decided for reasons at home," '
                 "the leader of the Popular Party (PP) said.", "Marta Vidal", id="a role of a party with its acronym"),
    pytest.param('The Rapid Support Forces (RSF) said the claims were "lies spread by the army."',
                 "Rapid Support Forces", id="the body before its acronym is the subject"),
])
def test_an_acronym_in_brackets_is_no_subject(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker
