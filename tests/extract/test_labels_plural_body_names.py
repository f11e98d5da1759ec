"""A body's own name may end in a plural ("Alliance of Sahel States", "Union of Concerned
Scientists"): a body word in it makes it a name, not a group label, so it speaks for itself (it
had no party). A plural label of people stays without one. Names written for the test."""

from __future__ import annotations

import pytest

from briefings.extract.labels import party_of_body

CASES = [
    ("an alliance of states", "Alliance of Sahel States", "Alliance of Sahel States"),
    ("a union of scientists", "Union of Concerned Scientists", "Union of Concerned Scientists"),
    ("a league of nations", "League of Free Cities", "League of Free Cities"),
    ("people", "Western Diplomats", None),
    ("a portfolio, left to the acronym", "Office for the Coordination of Humanitarian Affairs", None),
]


@pytest.mark.parametrize(("name", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_body_name_ending_in_a_plural(name: str, party: str | None) -> None:
    assert party_of_body(name)[0] == party
