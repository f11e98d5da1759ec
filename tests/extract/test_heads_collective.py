"""A role phrase headed by a collective noun ("the crowd", "the audience") is a label of many
people, never the person who spoke before it (``briefings.extract.heads.plural_head``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("subject", ["The crowd", "The audience"])
def test_a_collective_subject_is_no_one_person(subject: str) -> None:
    text = f'"We are going to win this state," DeLuca said. {subject} chanted "Drain the swamp now!"'
    assert extract_quotes(text)[1].speaker == subject.split()[1]
