"""Two people of one family name are two people (``briefings.extract.fullnames.may_abbreviate``):
"Anna Kostina" was resolved to "Yelena Kostina", named before and longer (0.99), and "he"
after "Finance Minister Jens Müller" to "Katrin Müller". A full name goes to a fuller form only
when that form holds its words in order. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.fullnames import may_abbreviate


@pytest.mark.parametrize(("name", "fuller", "expected"), [
    ("Anna Kostina", "Yelena Kostina", False),
    ("Jens Weber", "Katrin Weber", False),
    ("Jorge Ruiz", "Jorge Alberto Ruiz", True),
    ("Ruiz", "Jorge Alberto Ruiz", True),
    ("Núñez Feijóo", "Alberto Núñez Feijóo", True),
    ("Hillary Clinton", "Hillary Rodham Clinton", True),
    ("Bill Clinton", "Hillary Rodham Clinton", False),
])
def test_a_full_name_abbreviates_only_a_form_that_holds_its_words(name: str, fuller: str, expected: bool) -> None:
    assert may_abbreviate(name, fuller) is expected


def test_a_relative_named_in_full_keeps_her_own_name() -> None:
    text = ('Editor Yelena Marchenko said the paper "will keep publishing from abroad."\n\n'
            '"We are treated as strangers here," said Olga Marchenko, a lawyer and her cousin.')
    first, second = extract_quotes(text)
    assert (first.speaker, second.speaker) == ("Yelena Marchenko", "Olga Marchenko"), second.evidence


def test_a_pronoun_after_the_second_person_of_a_family_goes_to_them() -> None:
    text = ('Economy Minister Katrin Weber said the licences "must wait for the vote."\n\n'
            "Finance Minister Jens Weber disagreed. "
            '"Our partners will not wait for us," he said.')
    first, second = extract_quotes(text)
    assert (first.speaker, second.speaker) == ("Katrin Weber", "Jens Weber"), second.evidence
