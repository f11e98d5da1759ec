"""Whom the head of a company, a party or a think tank speaks for, named after "of":
"chief executive of X Electronics", "co-leader of the Freedom Front", "president of the Kiel
Institute for the World Economy" gave no party, or a party cut at a portfolio word ("Kiel
Institute for the World"); "leader of the Alternative for Germany" gave Germany (a body named
for a country is no government); "director of the Middle East programme at Chatham House" gave
none (the programme's body runs it, as "the Iraq Initiative at Chatham House"). Names invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.title_bodies import actor_of_title, body_after_title

BODIES = [
    ("chief executive", "chief executive of Hanbit Electronics", "Hanbit Electronics"),
    ("chief executive officer", "chief executive officer of Hanbit Electronics", "Hanbit Electronics"),
    ("co-leader", "co-leader of the far-right Freedom Front", "Freedom Front"),
    ("president of an institute", "president of the Kiel Institute for the World Economy",
     "Kiel Institute for the World Economy"),
    ("founder", "founder of the Lindqvist Foundation", "Lindqvist Foundation"),
    ("a programme at a body", "director of the Middle East programme at Chatham House", "Chatham House"),
    ("named for a country", "leader of the far-right Alternative for Germany", "Alternative for Germany"),
    ("an office of a person stays none", "spokesman for the Foreign Minister", None),
    ("a project alone names none", "director of the Horn of Africa project", None),
]

ACTORS = [
    ("a party named for a country", "co-leader of the Alliance for Hungary", None),
    ("an office for a country", "the Minister for Ukraine", ("Ukraine", "country")),
    ("a portfolio after for", "the Swedish Minister for Foreign Affairs", ("Sweden", "country")),
    ("a president of a country", "president of France", ("France", "country")),
]


@pytest.mark.parametrize(("title", "body"), [c[1:] for c in BODIES], ids=[c[0] for c in BODIES])
def test_the_body_a_head_speaks_for(title: str, body: str | None) -> None:
    assert body_after_title(title) == body


@pytest.mark.parametrize(("title", "actor"), [c[1:] for c in ACTORS], ids=[c[0] for c in ACTORS])
def test_a_body_named_for_a_country_is_no_government(title: str, actor: tuple[str, str] | None) -> None:
    assert actor_of_title(title) == actor


def test_a_co_leader_is_read_as_a_title() -> None:
    """ "co-leader" was no role noun, so the apposition was read as no title at all."""
    (quote,) = extract_quotes('BERLIN - "The plan is dead," said Alma Weidt, co-leader of the Freedom Front.\n')
    assert (quote.speaker, quote.party) == ("Alma Weidt", "Freedom Front")
