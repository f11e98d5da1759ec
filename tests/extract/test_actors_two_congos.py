"""Two countries called Congo (``briefings.extract.actors``): "Democratic Republic of the Congo"
was read as "Congo", the Republic of the Congo, a wrong government for every Kinshasa official;
"Congolese" and a bare "Congo", which news uses for either, name neither."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.actors import actor_in, country_or_organisation

NAMED = [
    ("Democratic Republic of the Congo", "Democratic Republic of the Congo"),
    ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("DR Congo", "Democratic Republic of the Congo"),
    ("the DRC's foreign minister", "Democratic Republic of the Congo"),
    ("Republic of the Congo", "Congo"),
    ("Congo-Brazzaville", "Congo"),
    ("Congo", None),
    ("the Congolese foreign minister", None),
]


@pytest.mark.parametrize(("phrase", "country"), NAMED, ids=[n[0] for n in NAMED])
def test_each_congo_is_its_own_country_and_a_bare_congo_neither(phrase: str, country: str | None) -> None:
    found = actor_in(phrase)
    assert (found[0] if found else None) == country


def test_the_full_name_is_a_party_name() -> None:
    assert country_or_organisation("Democratic Republic of the Congo") == ("Democratic Republic of the Congo", "country")


def test_a_kinshasa_minister_is_filed_under_the_drc() -> None:
    (quote,) = extract_quotes('"The border will stay closed," said Democratic Republic of the Congo Foreign '
                              "Minister Amani Kabeya.")
    assert (quote.speaker, quote.party) == ("Amani Kabeya", "Democratic Republic of the Congo")
