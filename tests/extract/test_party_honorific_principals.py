"""Staff of a principal named with an honorific speak through that person
(``briefings.extract.party._untitled``): "Mr Orsolya's chief negotiator, X," was filed under a
body called `Mr Orsolya`. Sentences are invented for these tests (real countries, invented
people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("principal", "party"), [
    ("Hungarian Prime Minister Viktor Halas", "Hungary"),
    ("Viktor Halas", None),  # a principal whose party the article does not state
])
def test_the_staff_of_a_principal_with_an_honorific(principal: str, party: str | None) -> None:
    text = (f"{principal} needs the money. Mr Halas's chief negotiator, Tibor Nagy, insists the problems are "
            'fixed. "We have met every milestone the Commission set," Mr Nagy said.')
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == ("Tibor Nagy", party), quote.party_evidence
