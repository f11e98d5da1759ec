"""A body word alone before a role is the body the article named in full with it
(``briefings.extract.party``, ``Resolver.body_shortened_to``): "Commission spokesperson X", after
"The European Commission warned …", got no party. With two bodies of that word the party stays
unstated. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"The clock is not ours to stop," Commission spokesperson Lia Conti told journalists.'


@pytest.mark.parametrize("after", ["", " The Commission's lawyers agreed."])
def test_the_body_named_in_full_speaks(after: str) -> None:
    text = "The European Commission on Monday warned Hungary over its courts." + after + QUOTE
    (quote,) = extract_quotes(text)
    assert quote.party == "European Union", (quote.party_evidence, quote.party_reason)


@pytest.mark.parametrize("before", [
    "The European Commission and the African Union Commission both wrote to the government.",
    "Hungary's courts were in the news again.",
])
def test_no_single_body_no_party(before: str) -> None:
    (quote,) = extract_quotes(before + QUOTE)
    assert quote.party is None, quote.party_evidence


@pytest.mark.parametrize("text", [
    # a headline's last words are no part of the next line's body ("African Union\n\nCommission")
    'Brussels opens talks with the African Union\n\nCommission spokesperson Lia Conti said the talks '
    'were "only a first step on a long road".',
    # a nation's body is read by the rules of offices, not as the organ of an organisation
    "Georgia's Parliament adopted the law.\n\nParliament Speaker Levan Papava said the law "
    '"protects our sovereignty and nothing else".',
])
def test_only_an_organisations_body_named_on_one_line(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.party is None, quote.party_evidence
