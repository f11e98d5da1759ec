"""An opposition politician whose title names no country has no party, even in a story on one
country's election (``briefings.extract.opposition``): reading the party from the one country
the article names helped the foreign-dev development part and not its report part, and was
deleted. A title that names the country gives its opposition. Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n{title} Tomas Brenn told supporters: "We will not accept this stolen vote."'


@pytest.mark.parametrize(("lead", "title", "party"), [
    ("Ghana's electoral commission declared the president re-elected on Monday.", "Opposition leader", None),
    ("Ghana's president thanked Nigeria and Togo for their support.", "Opposition leader", None),
    ("Observers said the election was marred by fraud.", "Georgian opposition leader", "Georgian opposition"),
])
def test_the_party_is_the_title_s_country_only(lead: str, title: str, party: str | None) -> None:
    (quote,) = extract_quotes(lead + QUOTE.format(title=title))
    assert (quote.speaker, quote.party) == ("Tomas Brenn", party), quote.party_evidence
