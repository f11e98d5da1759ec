"""A label with a former office ("a former Israeli general said") gives no party, as a person's
former title gives none (``briefings.extract.party.party_of``): the country is whom they once
served, not whom they speak for now."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "party"), [
    ("a former Israeli general", None),
    ("a retired Pakistani diplomat", None),
    ("an Israeli general", "Israel"),
])
def test_a_former_office_names_no_party(subject: str, party: str | None) -> None:
    text = f'JERUSALEM - Fighting went on.\n\n"Our patience has its limits now," {subject} told Army Radio.\n'
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.party == party
