"""A body the tables know only by its acronym gets its party through the acronym the article
gives it (``party._body_party``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("lead", "party"), [
    # the full name was the speaker, and no party was read from it
    ("The Office for the Coordination of Humanitarian Affairs (OCHA) counted 30 convoys.", "United Nations"),
    # a body that names itself keeps its own name
    ("The Rapid Support Forces (RSF) counted 30 convoys.", "Rapid Support Forces"),
])
def test_the_acronym_names_the_party(lead: str, party: str) -> None:
    short = lead.split("(")[1].split(")")[0]
    quote = extract_quotes(lead + f' "Only a third of them got through," {short} said.')[-1]
    assert quote.party == party, quote.party_reason
