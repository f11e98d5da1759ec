"""An initialism after a preposition and "the" ("an official at the U.S. Embassy") modifies the
body that follows it: its full stop ends no sentence, so the body is no subject
(``briefings.extract.clause.position_facts``). The body was read as the sentence's subject and
took the words of the unnamed official at it (speaker "Embassy", 0.97).

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    pytest.param('An official at the U.S. Embassy in Baghdad said Washington "stands with the people of Iraq."',
                 ("official", "United States"), id="staff at a body after an initialism"),
    pytest.param('An official in the U.K. Treasury said the figures were "worse than anyone had feared."',
                 ("official", "United Kingdom"), id="staff in a body after an initialism"),
    # a sentence that ends with the initialism: the next sentence's body is still its subject
    pytest.param('Tehran sent its reply to the U.S. The State Department said it was "reading the reply with care."',
                 ("State Department", "United States"), id="a sentence ending with the initialism"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_body_after_an_initialism_is_no_subject(text: str, expected: tuple[str, str]) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == expected
