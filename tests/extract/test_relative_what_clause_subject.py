"""A free relative clause with a subject of its own that the extractor does not read as a
name ("in what one conservative has dubbed '...'") is never a name before "what"'s: the
place in "of Ohio and Texas" or the senators of the main clause
(``briefings.extract.relative.what_clause_start``).

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    # the clause's subject is a role the extractor reads: it is the speaker
    ('Senators Hale and Moss, of Ohio and Texas, are now open rivals, in what one Republican '
     'strategist has dubbed "the heartland primary."', "Republican strategist"),
    # a subject it does not read: withheld, never the place or the senators named before
    ('Senators Hale and Moss, of Ohio and Texas, are now open rivals, in what one conservative '
     'has dubbed "the heartland primary."', None),
    ('Senators Hale and Moss are open rivals, in what one veteran of both campaigns has called '
     '"the heartland primary."', None),
    # "what" right before a name: that name (``what_clause_subject``)
    ('The two senators are rivals, in what Mr. Hale called "the heartland primary."', "Hale"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_subject_of_a_what_clause(text: str, speaker: str | None) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker


def test_a_clause_joined_by_and_is_not_the_what_clause() -> None:
    text = 'Mr. Hale asked what the plan was and said it was "a mess from the start."'
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Hale"
