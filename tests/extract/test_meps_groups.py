"""A member of the European Parliament whose title names a political family speaks for that
group (``briefings.extract.meps``; foreign-dev ANNOTATION_NOTES, party rule 5): "leading
Socialist MEP X" had no party, "a Liberal MEP from Lithuania" was filed under Lithuania and "a
Green MEP" had "'Green' may be a person or a body". Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '"Sanctions must follow at once," said {}.'


@pytest.mark.parametrize(("subject", "party"), [
    ("Eva Marsh, a leading Socialist MEP", "European Parliament Socialists"),
    ("Jonas Kalnas, a Liberal MEP from Lithuania", "European Parliament Liberals"),
    ("Green MEP Ada Berg", "European Parliament Greens"),
    ("Ada Berg, a Christian Democrat member of the European Parliament", "European Parliament Christian Democrats"),
])
def test_an_mep_speaks_for_the_group(subject: str, party: str) -> None:
    (quote,) = extract_quotes(QUOTE.format(subject))
    assert quote.party == party, quote.party_evidence


def test_a_nationality_names_no_group() -> None:
    (quote,) = extract_quotes(QUOTE.format("Dutch MEP Ada Berg"))
    assert quote.party is None, quote.party_evidence
