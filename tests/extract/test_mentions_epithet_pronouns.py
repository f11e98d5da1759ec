"""A noun phrase in the subject place of a reporting verb ends before a pronoun: "At the bottom
it reads" has the subject "it", not "the bottom it" (``MentionFinder._epithet``). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ('The campaign email asks for money. At the bottom it reads, "P.S. You can chip in $35 today."', "it"),
    ('On the back page they say, "We are the last chance for a deal."', "they"),
]


@pytest.mark.parametrize(("text", "surface"), CASES)
def test_the_pronoun_is_the_subject(text: str, surface: str) -> None:
    assert extract_quotes(text)[-1].speaker_surface == surface
