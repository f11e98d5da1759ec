""""Under Secretary" is a rank, not a preposition before a title (``mentions._rank_before_title``):
its holder is set apart from "the secretary" (``heads.RANKS`` holds "under"), and "the under
secretary" is a role phrase. Before: "Under" was dropped from the title run as a preposition,
so "the secretary said" went to the under secretary named last (0.99), and "the under secretary
told reporters" had no speaker. "Under President X, the agency ..." stays a preposition.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> speaker of its last quote
CASES = [
    pytest.param(
        "Secretary of State Irma Vell met her Chilean counterpart on Tuesday. Under Secretary of "
        'State for Political Affairs Tomas Brel also attended.\n\n"Chile is a partner," the '
        "secretary said after the meeting.",
        "Irma Vell", id="the secretary is not the under secretary"),
    pytest.param(
        "US Under Secretary of Defense for Policy Tomas Brel arrived in Lima on Monday.\n\n"
        '"Our alliance is ironclad," the under secretary told reporters.',
        "Tomas Brel", id="the under secretary"),
    pytest.param(
        "Under President Irma Vell, the agency lost a fifth of its staff.\n\n"
        '"We are doing more with less," the president said on Monday.',
        "Irma Vell", id="under a president: a preposition"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_under_secretary_is_a_rank(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
