"""A phrase no title matches ("the 67-year-old", "the former premier", "the Socialist") goes to
the article's protagonist only when the sentence before has no other person as its subject
(``briefings.extract.anaphors.subject_just_before``); else no speaker, and the reason names
both. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Mayor Anna Holm said the plan was "a good start for the city". Ivo Rask, a retired engineer, disagreed at '
     'the meeting. The 67-year-old said the plan was "a waste of public money".', None),
    ('Mayor Anna Holm said the plan was "a good start for the city". Ivo Rask, a retired engineer, disagreed at '
     'the meeting. "It is a waste of public money," said the 67-year-old.', None),
    # a party label used as a noun (``Resolver.phrase``): "the Socialist" went to the last speaker (0.93);
    # since round 9 the role set before the name is Rask's title (``preposed``), and he is the Socialist
    ('"We will vote no," Green leader Anna Holm said.\n\nThe Socialist Party\'s first secretary, Ivo Rask, '
     'defended the deal. The Socialist said his party had won "real concessions on pensions".', "Ivo Rask"),
    ('"We will vote no," Green leader Anna Holm said.\n\nIvo Rask, a party veteran, '
     'defended the deal. The Socialist said his party had won "real concessions on pensions".', None),
    ('Mayor Anna Holm said the plan was "a good start for the city". She spoke for an hour. "It is a waste of '
     'time to wait," said the 67-year-old.', "Anna Holm"),
])
def test_a_descriptive_phrase_after_another_subject(text: str, speaker: str | None) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
