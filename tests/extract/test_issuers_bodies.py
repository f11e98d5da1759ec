"""A government department named by its head noun ("the ministry said") is the department
spoken of before, never the body it wrote to (``briefings.extract.issuers.body_named``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

STATEMENT = ('The foreign ministry of Niger said in a statement to the African Union that the '
             'sanctions were "illegal and against every rule."\n\n')
WROTE = "Niger's foreign ministry wrote to the African Union on Monday.\n\n"
LETTER = "The Valdonian Foreign Ministry sent a letter to the African Union on Monday.\n\n"
CALL = '"We call on our brothers to lift these measures," the ministry said.'


@pytest.mark.parametrize(("before", "speaker"), [
    (STATEMENT, "foreign ministry"),  # the speaker found by a phrase of the same head
    (LETTER, "Valdonian Foreign Ministry"),  # the body named with that head
    (WROTE, "Niger's foreign ministry"),  # the department spoken of, never the union
])
def test_the_ministry_is_never_the_union_it_wrote_to(before: str, speaker: str) -> None:
    quote = extract_quotes(before + CALL)[-1]
    assert quote.speaker == speaker, quote.evidence


def test_a_generic_head_still_stands_for_the_body_just_named() -> None:
    text = ('The Harbour Safety Office published its forecast on Monday.\n\n'
            '"The figures are subject to some doubt," the agency said.')
    assert [q.speaker for q in extract_quotes(text)] == ["Harbour Safety Office"]
