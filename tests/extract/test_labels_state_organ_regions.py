"""A court, an election commission or a region of a state, named by words that say no country, is no party
of its own: "the Royal Court said", "X, the head of the Central Election Commission," and
"Y Province Governor X" were filed under "Royal Court", "Central Election Commission" and "Y
Province", parties no analyst groups by (the country is the party, and the name does not say
which). A country or an organisation named with it still gives its party. Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.labels import party_of_body

BODIES = [
    ("a royal court", "Royal Court", None),
    ("an election commission", "Central Election Commission", None),
    ("another commission by its own name", "Alpine Rivers Commission", "Alpine Rivers Commission"),
    ("a province", "Kanto Province", None),
    ("an oblast", "Varna Oblast", None),
    ("a governorate", "Amara Governorate", None),
    ("with a country", "Saudi Royal Court", "Saudi Arabia"),
    ("an organisation's commission", "European Commission", "European Union"),
    ("an international court", "International Criminal Court", "International Criminal Court"),
    ("a body of its own", "Lindqvist Foundation", "Lindqvist Foundation"),
]


@pytest.mark.parametrize(("body", "party"), [c[1:] for c in BODIES], ids=[c[0] for c in BODIES])
def test_a_state_organ_or_region_names_no_country(body: str, party: str | None) -> None:
    assert party_of_body(body)[0] == party


@pytest.mark.parametrize(("sentence", "speaker"), [
    ('"The law was kept," said Ella Varga, the head of the Central Election Commission.', "Ella Varga"),
    ('"Our children will not learn a lie," Kanto Province Governor Choi Min-ho said.', "Choi Min-ho"),
])
def test_their_officials_get_no_party(sentence: str, speaker: str) -> None:
    quote = extract_quotes(f"SEOUL - The row grew on Monday.\n\n{sentence}\n")[-1]
    assert quote.speaker == speaker
    assert quote.party is None
