"""A party's leaning or standing written in lower case between "leader of the" and its name
("leader of the far-right Freedom Party") hid the party: the person got no party. Names are
invented; the leanings are those news prose writes."""

from __future__ import annotations

import pytest

from briefings.extract.title_bodies import body_after_title

CASES = [
    ("far-right", "leader of the far-right Freedom Party", "Freedom Party"),
    ("nationalist", "the leader of the nationalist Dawn Movement", "Dawn Movement"),
    ("ruling", "chairwoman of the ruling Unity Front", "Unity Front"),
    ("two words", "spokesman for the main opposition Unity Front", "Unity Front"),
    ("centre-left", "head of the centre-left Civic Platform", "Civic Platform"),
    ("no leaning", "leader of the Freedom Party", "Freedom Party"),
    ("self-proclaimed", "leader of the self-proclaimed Donetsk People's Republic", "Donetsk People's Republic"),
    ("a common noun stays no body", "head of the new delegation", None),
]


@pytest.mark.parametrize(("title", "body"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_leaning_before_a_partys_name(title: str, body: str | None) -> None:
    assert body_after_title(title) == body
