"""A member of the European Parliament speaks for their group, not for their country's
government (``briefings.extract.party``, ``lexicon/supranational_members.txt``; foreign-dev
ANNOTATION_NOTES, party rule 5): "Dutch MEP X" was filed under the Netherlands and "Polish MEP X"
under Poland. A demonym alone ("Dutch") is no body either. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' said "we have seen this film before, and it ends badly."'


@pytest.mark.parametrize("subject", [
    "Dutch MEP Sophie Janssen",
    "Polish MEP Adam Nowak",
    "Adam Nowak, a Polish member of the European Parliament,",
])
def test_an_meps_nationality_names_no_party(subject: str) -> None:
    (quote,) = extract_quotes(subject + QUOTE)
    assert quote.party is None, quote.party_evidence
