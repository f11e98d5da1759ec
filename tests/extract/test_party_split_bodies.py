"""A body's name read as two speakers, and a body named by its head word alone
(``briefings.extract.party``): "the AU Peace and Security Council said" was filed under "African
Union and United Nations" (the speaker reading split it at "and"), and "the Commission said"
after "the African Union Commission" under a party "Commission". Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '"We suspend the country from all activities," {} said in a statement.'


@pytest.mark.parametrize(("speaker", "party"), [
    ("the AU Peace and Security Council", "African Union"),
    ("Hamas and Islamic Jihad", "Hamas and Islamic Jihad"),
    ("the EU and NATO", "European Union and NATO"),
])
def test_a_body_with_and_in_its_name_is_one(speaker: str, party: str) -> None:
    (quote,) = extract_quotes(QUOTE.format(speaker))
    assert quote.party == party, quote.party_evidence


def test_the_commission_named_in_full_before() -> None:
    text = "The African Union Commission chairperson met the junta on Monday.\n\n" + QUOTE.format("the Commission")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Commission", "African Union"), quote.party_evidence
