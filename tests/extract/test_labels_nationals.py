"""A "national" or "dual national" speaks for themselves, whatever their nationalities
("a British-Iranian dual national" gave Iran): "national" joins ``lexicon/independent_roles.txt``.
Titles with "national" before another head ("National Security Adviser") are unchanged."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("attribution", "party"), [
    ("Nazanin Rahimi, a British-Iranian dual national who lives in Tehran, said", "independent"),
    ("Pierre Roux, a French national, said", "independent"),
    ("Russian National Security Adviser Ivan Petrov said", "Russia"),
])
def test_a_national_speaks_for_themselves(attribution: str, party: str) -> None:
    text = f'TEHRAN - Talks went on.\n\n{attribution} the deal was "a betrayal of our people here."\n'
    assert extract_quotes(text)[0].party == party
