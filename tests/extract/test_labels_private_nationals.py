"""A nationality as the noun of an apposition ("a Palestinian from Khan Younis", "an Iranian in
Istanbul") is a private person, who speaks for themselves (``labels._a_national``); where someone
lives is not whom they speak for ("a Tigrayan living in exile in Nairobi" gave Kenya:
``hosts._RESIDENCE``). A title after the nationality keeps its country."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("apposition", "party"), [
    ("a Palestinian from Khan Younis", "independent"),
    ("a Ukrainian living in Poland", "independent"),
    ("a Russian who fled to Georgia", "independent"),
    ("an Iranian in Istanbul", "independent"),
    ("a Tigrayan living in exile in Nairobi", None),
    ("an Iranian official", "Iran"),
    ("an Iranian diplomat in Istanbul", "Iran"),
    ("a Russian official living in Latvia", "Russia"),
])
def test_a_nationality_alone_is_a_private_person(apposition: str, party: str | None) -> None:
    text = f'KYIV - Fighting went on.\n\nAli Petrov, {apposition}, said the troops were "exhausted and badly demoralised."\n'
    assert extract_quotes(text)[0].party == party
