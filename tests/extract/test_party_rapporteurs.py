"""The country a rapporteur reports on is no party they speak for, like an envoy's host
(``party._HOST``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "party"), [
    # gave Belarus once the holder after "on" was read
    ('"The vote was not free," said the Special Rapporteur on Belarus Ines Dahl.', None),
    ('"The vote was not free," UN Special Rapporteur on Belarus Ines Dahl said.', "United Nations"),
])
def test_the_country_reported_on_is_no_party(text: str, party: str | None) -> None:
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == ("Ines Dahl", party), quote.party_evidence
