"""A body named by its common noun alone ("the Council said", "the Commission said") is no
party of its own (``briefings.extract.labels.party_of_body``): EU copy's "The Council said in its
conclusions" was filed under a party "Council". Named in full elsewhere, the body speaks
(``test_party_split_bodies.py``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.labels import party_of_body


@pytest.mark.parametrize("body", ["Council", "Commission", "Ministry"])
def test_a_common_noun_is_no_party(body: str) -> None:
    assert party_of_body(body)[0] is None


def test_the_council_said() -> None:
    text = ('Foreign ministers met in Brussels on Monday.\n\n'
            'The Council said in its conclusions that it "condemns the repression in the strongest terms."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Council" and quote.party is None, quote.party_evidence
