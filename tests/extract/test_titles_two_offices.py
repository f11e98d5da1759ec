"""Two offices before one name (``briefings.extract.titles._joins_two_offices``): "Qatar's Prime
Minister and Foreign Minister X" is Qatar's, not a list before a name. Sentences are invented
for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    pytest.param("Qatar's Prime Minister and Foreign Minister Sheikh Hamad Al Nuaimi said the mediators were "
                 '"making progress, but slowly."', ("Hamad Al Nuaimi", "Qatar"), id="a possessive country"),
    pytest.param('Belgian Deputy Prime Minister and Foreign Minister Anne Dupont said "the talks must resume."',
                 ("Anne Dupont", "Belgium"), id="a country's adjective"),
    # a list of countries before a name is no title of it
    pytest.param('Delegates from France, Germany and Anne Dupont\'s office said "the talks must resume."',
                 None, id="a list before a name"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_first_office_names_the_country(text: str, expected: tuple[str, str] | None) -> None:
    [quote] = extract_quotes(text)
    if expected is None:
        assert quote.party != "France" and quote.party != "Germany"
    else:
        assert (quote.speaker, quote.party) == expected
