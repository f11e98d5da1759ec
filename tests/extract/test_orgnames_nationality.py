"""A body's full name that opens with a nationality still spells its acronym without it
("Philippine Department of Foreign Affairs (DFA)", ``orgnames.acronyms``), and a title naming
the acronym speaks for the body's government (``party._body_or_principal``). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.orgnames import acronyms

LEAD = "The Chilean Department of Foreign Affairs (DFA) summoned the envoy on Monday."


def test_the_nationality_is_no_letter_of_the_acronym() -> None:
    assert acronyms(LEAD) == {"DFA": "Chilean Department of Foreign Affairs"}


@pytest.mark.parametrize(("said", "speaker", "party"), [
    # the party was "DFA", the body's short name
    ("DFA spokesperson Rosa Vidal said", "Rosa Vidal", "Chile"),
    ("the DFA said", "Chilean Department of Foreign Affairs", "Chile"),
])
def test_the_acronym_speaks_for_the_government(said: str, speaker: str, party: str) -> None:
    quote = extract_quotes(LEAD + f' "We will answer this in the proper forum," {said}.')[-1]
    assert (quote.speaker, quote.party) == (speaker, party), quote.party_evidence


def test_a_body_that_names_itself_keeps_its_name() -> None:
    text = 'The Andean Fisheries Council (AFC) met. "The quotas are far too high," AFC spokesman Jon Ek said.'
    assert extract_quotes(text)[-1].party == "Andean Fisheries Council"
