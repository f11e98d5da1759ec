"""An acronym from a body's name in its own language joins the English name it follows in
brackets (``briefings.extract.orgnames._foreign_acronym``): after "Kyrgyzstan's State Committee
for National Security (GKNB)", "GKNB chief X" was filed under a body `GKNB`, not Kyrgyzstan,
because G is no initial of the English words. Sentences are invented for these tests (real
bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.orgnames import acronyms


@pytest.mark.parametrize(("text", "party"), [
    ("Kyrgyzstan's State Committee for National Security (GKNB) blamed Tajik forces. GKNB chief Ulan Beshimov "
     'told reporters that "we have heard all this before".', "Kyrgyzstan"),
    ("The Kurdistan Workers' Party (PKK) met in the mountains. PKK commander Zagros Avci told reporters that "
     '"we have heard all this before".', "Kurdistan Workers' Party"),
])
def test_a_title_with_a_foreign_acronym(text: str, party: str) -> None:
    assert extract_quotes(text)[-1].party == party


@pytest.mark.parametrize(("text", "expected"), [
    ("the State Committee for National Security (GKNB) said", {"GKNB": "State Committee for National Security"}),
    # a news agency's credit in brackets is no name of the body before it
    ("the European Commission (AFP) said", {}),
    # no body word in the name: no join
    ("the Lindqvist Holm family (XYZ) said", {}),
])
def test_what_is_joined(text: str, expected: dict[str, str]) -> None:
    assert acronyms(text) == expected
