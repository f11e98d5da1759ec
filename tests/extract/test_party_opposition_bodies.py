"""An opposition title with no country lets the party named after the name speak
(``briefings.extract.party``): "Opposition lawmaker X of the European Solidarity party said" gave
no party, "an opposition politician of a country the article does not name". Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "party"), [
    ("Opposition lawmaker Iryna Marchuk of the European Solidarity party", "European Solidarity"),
    ("Opposition deputy Ana Vidal, of the centre-right Popular Party,", "Popular Party"),
])
def test_the_party_after_the_name_speaks(subject: str, party: str) -> None:
    (quote,) = extract_quotes(subject + ' said her faction wanted "a clear road map to elections."')
    assert quote.party == party, (quote.party_evidence, quote.party_reason)
