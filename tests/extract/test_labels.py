"""Whom a body, a group or a label speaks for (``briefings.extract.labels``): officials placed
in a country, a body's own name ending in a role noun, a government body named by common words.
The people and sentences are invented; the countries real."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.labels import party_of_body


@pytest.mark.parametrize(("text", "party"), [
    ('"The border stays open for now," officials in Tehran said.', "Iran"),  # a seat of government
    ('"The border stays open for now," authorities in South Korea said.', "South Korea"),
    ('"The border stays open for now," diplomats in Tehran said.', None),  # placed there, not its own
])
def test_officials_placed_in_a_country_are_its_officials(text: str, party: str | None) -> None:
    quotes = extract_quotes(text)
    assert len(quotes) == 1 and quotes[0].party == party


@pytest.mark.parametrize(("label", "party"), [
    ("Freedom Party", "Freedom Party"),  # a body's own name ending in a role noun
    ("National Renewal Party", "National Renewal Party"),
    ("Western Diplomats", None),  # a plural label, capitalised, is still a group
])
def test_a_body_s_own_name_ending_in_a_role_noun_is_a_body(label: str, party: str | None) -> None:
    assert party_of_body(label)[0] == party


TOPIC = "Japan said the move broke the deal, and Japan recalled its envoy."  # Japan named most
WRITTEN = "The Japanese foreign ministry said the move broke the deal."  # the body with a country


@pytest.mark.parametrize(("before", "statement", "party"), [
    # the country an article names most is no evidence of whose ministry speaks (office.py)
    (TOPIC, "the Foreign Ministry said in a statement", None),
    (TOPIC, "the ministry said", None),
    (TOPIC, "the Ministry of Foreign Affairs said", None),
    (TOPIC, "a Foreign Ministry spokesman said", None),
    (TOPIC, "the government said", None),
    # the same body written with a country is that country's
    (WRITTEN, "the Foreign Ministry said in a statement", "Japan"),
    (WRITTEN, "the ministry said", "Japan"),
    (WRITTEN, "a Foreign Ministry spokesman said", "Japan"),
])
def test_a_government_body_named_by_common_words_is_the_country_it_is_written_with(
        before: str, statement: str, party: str | None) -> None:
    text = f'Japan filed a protest on Friday. {before}\n\n"The door to talks stays open," {statement}.'
    (quote,) = extract_quotes(text)
    assert quote.party == party, quote.party_reason
    assert party or "whose" in (quote.party_reason or "")


def test_a_government_body_takes_the_one_country_the_article_writes_it_with() -> None:
    text = ("Japan filed a protest on Friday; Japan said the move broke the deal. The Peruvian "
            'Foreign Ministry replied on Saturday.\n\n"The door to talks stays open," the Foreign Ministry said.')
    assert [q.party for q in extract_quotes(text)] == ["Peru"]


def test_a_government_body_of_no_country_the_article_makes_clear_has_no_party() -> None:
    text = 'Japan and Peru met on Friday.\n\n"The door to talks stays open," the Foreign Ministry said.'
    quotes = extract_quotes(text)
    assert quotes[0].party is None and "whose" in (quotes[0].party_reason or "")
