"""Relayed readouts (``briefings.extract.attribution``): a spokesman who reports what his
principal said is not the speaker of the principal's words.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def _speakers(text: str) -> list[str | None]:
    return [q.speaker for q in extract_quotes(text)]


def test_the_principal_after_said_is_the_subject_of_the_reported_verb() -> None:
    text = ("Karl Weber, a palace spokesman, said Queen Ilse Varga, in a call from her estate in "
            'Lindholm, Valdonia, urged the premier to "end the strike before the harvest comes in."')
    assert _speakers(text) == ["Ilse Varga"]


def test_a_verb_coordinated_past_a_reporting_aside_is_the_principal_s() -> None:
    text = ("Queen Ilse Varga thanked the fishermen for their patience, Weber said, and called "
            'the strike "a wound that the whole country feels."')
    assert _speakers(text) == ["Ilse Varga"]


def test_an_apposed_subject_still_speaks() -> None:
    text = 'Karl Weber, a palace spokesman, said the queen "will not travel this winter."'
    assert _speakers(text) == ["Karl Weber"]


def test_an_aside_after_the_reported_verb_keeps_the_reporter() -> None:
    text = 'Prices will rise again, Karl Weber said, and added that "nobody can stop the tide."'
    assert _speakers(text) == ["Karl Weber"]
