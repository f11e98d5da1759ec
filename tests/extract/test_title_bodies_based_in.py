"""Where a body is, written before or after its name, says where it is, not whom its staff speak
for: "director of the Tbilisi-based Centre for Y" named the body "Tbilisi-based Centre for Y",
and "president of the Z economic institute in Berlin" was filed under Germany (the capital after
a private body's noun was read as the body's name). Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract.title_bodies import actor_of_title, body_after_title

BODIES = [
    ("a city", "director of the Tbilisi-based Centre for Eastern Democracy", "Centre for Eastern Democracy"),
    ("two words", "head of the New York-based Council for Open Markets", "Council for Open Markets"),
    ("after a leaning", "chairman of the opposition Warsaw-based Unity Front", "Unity Front"),
    ("no place", "director of the Centre for Eastern Democracy", "Centre for Eastern Democracy"),
]

ACTORS = [
    ("an institute in a capital", "president of the Varga economic institute in Berlin", None),
    ("a foundation in a capital", "head of a rights foundation in Ankara", None),
    ("a university in a capital", "rector of a university in Tehran", None),
    ("the name after the noun still counts", "a member of the Palestinian militant group Hamas", ("Hamas", "organisation")),
    ("a ministry in a capital is no private body", "an official of the foreign ministry in Beijing", ("China", "country")),
]


@pytest.mark.parametrize(("title", "body"), [c[1:] for c in BODIES], ids=[c[0] for c in BODIES])
def test_a_place_before_the_name_is_no_part_of_it(title: str, body: str) -> None:
    assert body_after_title(title) == body


@pytest.mark.parametrize(("title", "actor"), [c[1:] for c in ACTORS], ids=[c[0] for c in ACTORS])
def test_a_place_after_a_private_bodys_noun_is_not_whose(title: str, actor: tuple[str, str] | None) -> None:
    assert actor_of_title(title) == actor
