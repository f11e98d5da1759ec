"""A nationality before a lower-case noun is an adjective, never a name
(``briefings.extract.shape.nationality_word``): "Georgian wrestler Deniz Aral said" gave the
speaker `Georgian` (0.95). Before a reporting verb a one-word name stays one. Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('Georgian wrestler Deniz Aral said the ruling was "a disgrace to the whole system".', "Deniz Aral"),
    ('Estonian skier Mari Kask said the course was "far too icy for a fair race".', "Mari Kask"),
    ('Mark Cuban spoke first at the hearing. "The deal is a disgrace to the whole system," Cuban said.', "Mark Cuban"),
])
def test_a_nationality_before_a_noun(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


def test_a_surname_that_is_a_nationality_before_a_verb() -> None:
    text = 'Mark Cuban spoke first at the hearing. Cuban also said the deal was "a disgrace to the whole system".'
    assert extract_quotes(text)[-1].speaker == "Mark Cuban"
