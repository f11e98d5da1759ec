"""The Office of the High Representative in Bosnia and Herzegovina (OHR) is a body of its own,
not the EU's High Representative (``lexicon/organisations.txt``): "The Office of the High
Representative (OHR) said" was filed under the European Union. Sentences are invented for these
tests (real bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "party"), [
    ("The Office of the High Representative (OHR), which oversees the peace deal,", "Office of the High Representative"),
    ("The OHR", "Office of the High Representative"),
    ("EU High Representative Ana Holm", "European Union"),  # the EU's office, as before
])
def test_the_office_of_the_high_representative(subject: str, party: str) -> None:
    quote = extract_quotes(f'{subject} said the move was "a direct attack on the constitutional order".')[-1]
    assert quote.party == party
