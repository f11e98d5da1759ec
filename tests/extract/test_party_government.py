"""A government named after its principal (``briefings.extract.party._government_by_country``):
"Mr. Dupuis's government said" is the French government when the article titles Dupuis French
President, and keeps its principal's name when no country is stated. An administration keeps its
name. Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    pytest.param('French President Jean Dupuis spoke on Monday. "The measures were useful," Mr. Dupuis\'s '
                 "government said in a statement.", ("French government", "France"), id="a country's head"),
    pytest.param("Turkey's Prime Minister Ali Kaya met the envoy. \"We will not accept this,\" Mr. Kaya's "
                 "government said.", ("Turkish government", "Turkey"), id="a possessive country"),
    pytest.param('Prime Minister Ali Kaya met the envoy. "We will not accept this," Mr. Kaya\'s government said.',
                 ("Ali Kaya government", None), id="no country stated: the principal's name stays"),
    pytest.param('U.S. President Tom Harlow spoke. "We will respond," the Harlow administration said.',
                 ("Harlow administration", "United States"), id="an administration keeps its name"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_principal_s_government_is_named_by_its_country(text: str, expected: tuple[str, str | None]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected
