"""A body named after the name may follow a comma and a political family's words
(``briefings.extract.affiliations``): "X, of the centre-right Civic Platform, said", "Finance
Minister X, of the liberal FDP," and "said Senator X, of the right-wing Liberal Party" gave no
party, or the country of a title. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' "We won a vote and lost an argument," '


@pytest.mark.parametrize(("text", "party"), [
    ("Polish MEP Adam Nowak, of the centre-right Civic Platform, said the group had" + QUOTE.rstrip(", ") + ".",
     "Civic Platform"),
    (QUOTE.strip() + " said Senator Rui Lemos, of the right-wing Liberal Party.", "Liberal Party"),
    ("Deputy Ana Varga, of the far-right Mi Hazank, spoke last." + QUOTE + "she said.", "Mi Hazank"),
])
def test_a_party_after_a_political_family_is_read(text: str, party: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.party == party, (quote.party_evidence, quote.party_reason)


@pytest.mark.parametrize("comma", [",", ""])
def test_the_body_after_the_name_ends_with_its_sentence(comma: str) -> None:
    text = (f'"The ministry has become a lawyer for the regime," said Senator Rui Lemos{comma} of the Liberal '
            'Party. Deputy Ana Rocha said the country should "call fraud by its name."')
    first, _ = extract_quotes(text)
    assert first.party == "Liberal Party", first.party_evidence
