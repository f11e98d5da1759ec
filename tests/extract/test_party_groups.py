"""Parties of labels that stand for several people: a list of countries speaks for them
together, a group of unnamed people whose label names no actor for no one stated.

The labels are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract.party import _party_of_body


@pytest.mark.parametrize(("label", "party"), [
    ("leaders of Chile, Peru, Britain and the US", "Chile, Peru, United Kingdom and United States"),
    ("the foreign ministers of Norway and Sweden", "Norway and Sweden"),
    ("Norwegian and Swedish diplomats", "Norway and Sweden"),
    ("Peruvian officials", "Peru"),
    ("Peruvian officials in Washington", "Peru"),
])
def test_a_label_speaks_for_the_countries_it_lists_in_their_order(label: str, party: str) -> None:
    assert _party_of_body(label) == (party, None)


@pytest.mark.parametrize("label", [
    "leaders of Chile, Peru and the EU",  # governments and an organisation: no one party
    "Western diplomats",  # a plural label names no actor
    "Western and Arab diplomats",
    "European officials",
])
def test_a_label_of_people_that_names_no_single_actor_has_no_party(label: str) -> None:
    party, reason = _party_of_body(label)
    assert party is None and reason and label in reason


@pytest.mark.parametrize(("text", "party"), [
    ('"The border stays open for now," officials in Tehran said.', "Iran"),  # a seat of government
    ('"The border stays open for now," authorities in South Korea said.', "South Korea"),
    ('"The border stays open for now," diplomats in Tehran said.', None),  # placed there, not its own
])
def test_officials_placed_in_a_country_are_its_officials(text: str, party: str | None) -> None:
    from briefings.extract import extract_quotes
    quotes = extract_quotes(text)
    assert len(quotes) == 1 and quotes[0].party == party


@pytest.mark.parametrize(("label", "party"), [
    ("Freedom Party", "Freedom Party"),  # a body's own name ending in a role noun
    ("National Renewal Party", "National Renewal Party"),
    ("Western Diplomats", None),  # a plural label, capitalised, is still a group
])
def test_a_body_s_own_name_ending_in_a_role_noun_is_a_body(label: str, party: str | None) -> None:
    assert _party_of_body(label)[0] == party


@pytest.mark.parametrize(("statement", "party"), [
    ("the Foreign Ministry said in a statement", "Japan"),  # the country the article is about
    ("the ministry said", "Japan"),
    ("the Ministry of Foreign Affairs said", "Japan"),
    ("a Foreign Ministry spokesman said", "Japan"),
    ("the government said", "Japan"),
])
def test_a_government_body_named_by_common_words_speaks_for_the_article_s_country(statement: str,
                                                                                 party: str) -> None:
    from briefings.extract import extract_quotes
    text = ("Japan filed a protest on Friday. Japan said the move broke the deal, and Japan recalled "
            f'its envoy.\n\n"The door to talks stays open," {statement}.')
    assert [q.party for q in extract_quotes(text)] == [party]


def test_a_government_body_takes_the_one_country_the_article_writes_it_with() -> None:
    from briefings.extract import extract_quotes
    text = ("Japan filed a protest on Friday; Japan said the move broke the deal. The Peruvian "
            'Foreign Ministry replied on Saturday.\n\n"The door to talks stays open," the Foreign Ministry said.')
    assert [q.party for q in extract_quotes(text)] == ["Peru"]


def test_a_government_body_of_no_country_the_article_makes_clear_has_no_party() -> None:
    from briefings.extract import extract_quotes
    text = 'Japan and Peru met on Friday.\n\n"The door to talks stays open," the Foreign Ministry said.'
    quotes = extract_quotes(text)
    assert quotes[0].party is None and "whose" in (quotes[0].party_reason or "")
