"""Regional and de facto governments whose officials news titles by the place: "Scotland's
First Minister X" gave no party, with the reason "'Scotland' may be a person or a body";
"Kurdistan Region President X" was filed under "Kurdistan Region", apart from the same
government's "Kurdistan Regional Government". People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.actors import actor_in

_QUOTE = ' said the talks "must be solved through dialogue alone."'

CASES = [
    ("Scotland", "Scotland's First Minister Iona Reid", "Scotland"),
    ("Catalonia", "Catalonia's regional president Pere Vilar", "Catalonia"),
    ("a de facto government", "Abkhazia's de facto leader Aslan Kvits", "Abkhazia"),
    ("the Kurdistan Region", "Kurdistan Region President Nechirvan Ali", "Kurdistan Regional Government"),
]


@pytest.mark.parametrize(("opening", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_regional_governments_official_speaks_for_it(opening: str, party: str) -> None:
    assert extract_quotes(opening + _QUOTE)[-1].party == party


def test_wales_is_left_out_for_its_prince() -> None:
    assert actor_in("the Prince of Wales") is None
