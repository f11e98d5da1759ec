"""An opposition politician whose title names no country speaks for the opposition of the one
country the article names (``briefings.extract.opposition``; foreign-dev ANNOTATION_NOTES, party
rule 5): "opposition candidate X" in a story on one country's election had no party. Where the
article names several countries the party stays unknown. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\nOpposition leader Tomas Brenn told supporters: "We will not accept this stolen vote."'


@pytest.mark.parametrize(("lead", "party"), [
    ("Ghana's electoral commission declared the president re-elected on Monday.", "Ghanaian opposition"),
    ("Observers said the Georgian election was marred by fraud.", "Georgian opposition"),
])
def test_the_one_country_named(lead: str, party: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE)
    assert (quote.speaker, quote.party) == ("Tomas Brenn", party), quote.party_evidence


def test_several_countries_leave_it_unknown() -> None:
    (quote,) = extract_quotes("Ghana's president thanked Nigeria and Togo for their support." + QUOTE)
    assert quote.party is None, quote.party_evidence


def test_a_capital_alone_is_where_the_news_happens() -> None:
    (quote,) = extract_quotes('Opposition leader Ana Lis met officials in Vilnius on Monday.\n\n"We will return home," Lis said.')
    assert quote.party is None, quote.party_evidence
