"""A name between "a"/"an" and a common noun ("a Texas native who writes", "an Ohio farmer")
qualifies the noun: it is never a cue's subject (``attribution._attributive``).

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ('Lee Mar, a Texas native who writes poetry on the side, has said he will "never run for office."',
     "Lee Mar"),
    ('Dana Ruiz, a South Carolina native who writes fiction (her first book has one story about a storm '
     '"that ate the whole county"), has cast herself as a strategist.', "Dana Ruiz"),
    ('Paul Kerr, an Ohio farmer who grows corn, said the price was "simply too low."', "Paul Kerr"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_a_name_qualifying_a_noun_is_no_subject(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker
