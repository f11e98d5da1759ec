""""the bloc's secretary" is read as the organisation named last before only when no other body,
unknown to the tables, was named after it (``titles._unlisted_body_after``). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' "The observers have finished their work," the bloc\'s secretary general, Ana Mbeki, said.'


@pytest.mark.parametrize(("lead", "party"), [
    # gave ECOWAS, named a paragraph before, for the secretary of the body named just before
    ("The Economic Community of West African States met in Abuja.\n\n"
     "The Indian Ocean Rim Association (IORA) said its observers would leave.", None),
    ("The African Union met in Addis Ababa. The Pacific Islands Forum said its observers would leave.", None),
    # no other body: the bloc named before, as it was
    ("The Economic Community of West African States said its observers would leave.", "ECOWAS"),
    # a ministry is no bloc
    ("The Economic Community of West African States said the Ministry of Defence had asked it "
     "to send observers.", "ECOWAS"),
])
def test_the_bloc_is_the_body_named_last(lead: str, party: str | None) -> None:
    quote = extract_quotes(lead + QUOTE)[-1]
    assert (quote.speaker, quote.party) == ("Ana Mbeki", party), quote.party_evidence
