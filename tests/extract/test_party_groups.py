"""Parties of labels that stand for several people: a list of countries speaks for them
together, a group of unnamed people whose label names no actor for no one stated.

The labels are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract.labels import party_of_body


@pytest.mark.parametrize(("label", "party"), [
    ("leaders of Chile, Peru, Britain and the US", "Chile, Peru, United Kingdom and United States"),
    ("the foreign ministers of Norway and Sweden", "Norway and Sweden"),
    ("Norwegian and Swedish diplomats", "Norway and Sweden"),
    ("Peruvian officials", "Peru"),
    ("Peruvian officials in Washington", "Peru"),
])
def test_a_label_speaks_for_the_countries_it_lists_in_their_order(label: str, party: str) -> None:
    found, evidence = party_of_body(label)
    assert found == party and evidence and repr(label) in evidence  # the evidence quotes the label


@pytest.mark.parametrize("label", [
    "leaders of Chile, Peru and the EU",  # governments and an organisation: no one party
    "Western diplomats",  # a plural label names no actor
    "Western and Arab diplomats",
    "European officials",
])
def test_a_label_of_people_that_names_no_single_actor_has_no_party(label: str) -> None:
    party, reason = party_of_body(label)
    assert party is None and reason and label in reason

