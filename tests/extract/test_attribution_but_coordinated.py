"""A reporting verb after "but" shares the subject of the cue before it, as one after "and"
does: in "X said that Valdora was ready but warned that '...'" the warning is X's, not the
reported clause's subject's."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("verb", ["warned", "added", "insisted"])
def test_a_cue_after_but_takes_the_main_subject(verb: str) -> None:
    text = ("Talks ended in Valdora.\n\n"
            f'Minister Anna Veld said that Valdora was ready to help but {verb} that "no patrol '
            'can replace a common solution".\n')
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Veld"]


def test_a_reported_clause_s_own_cue_keeps_its_subject() -> None:
    text = 'Talks ended.\n\nMinister Anna Veld said Karl Dorn warned that "no patrol can replace a common solution".\n'
    assert [q.speaker for q in extract_quotes(text)] == ["Karl Dorn"]
