"""A possessive opening a name set before its acronym in brackets is the body's owner or place,
no part of its name: "Colombia's National Liberation Army (ELN)" made "the ELN's chief negotiator"
speak for a body "Colombia's National Liberation Army". A possessive whose initial the acronym
holds is the name's own ("People's Liberation Army (PLA)"). Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.orgnames import acronyms


@pytest.mark.parametrize(("text", "found"), [
    ("Colombia's National Liberation Army (ELN) said", {"ELN": "National Liberation Army"}),
    ("Hamas's Qassam Brigades (QB) said", {"QB": "Qassam Brigades"}),
    ("the People's Liberation Army (PLA) said", {"PLA": "People's Liberation Army"}),
    ("China's People's Liberation Army (PLA) said", {"PLA": "People's Liberation Army"}),
    ("The Kurdistan Workers' Party (PKK) said", {"PKK": "Kurdistan Workers' Party"}),
    # a state's body keeps its owner: without it "the MAC said" spoke for a body
    # "Mainland Affairs Council", not for Taiwan (attack12 probe)
    ("Ruritania's Border Affairs Council (BAC) said", {"BAC": "Ruritania's Border Affairs Council"}),
    ("Japan's Maritime Safety Agency (MSA) said", {"MSA": "Japan's Maritime Safety Agency"}),
])
def test_an_owner_is_no_part_of_a_groups_name(text: str, found: dict[str, str]) -> None:
    assert acronyms(text) == found


def test_the_acronyms_staff_speak_for_the_body() -> None:
    text = ("BOGOTA - Ruritania's Southern Liberation Front (SLF) announced a ceasefire.\n\n"
            '"We are showing our will for peace," the SLF\'s chief negotiator, Pablo Bertoni, told reporters.\n')
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == ("Pablo Bertoni", "Southern Liberation Front")


def test_a_states_body_by_its_acronym_speaks_for_the_state() -> None:
    text = ("TAIPEI - Taiwan's Border Affairs Council (BAC) said the drills were a provocation.\n\n"
            'The BAC also said it "will not be intimidated by threats".\n')
    quote = extract_quotes(text)[-1]
    assert quote.party == "Taiwan", (quote.speaker, quote.party_evidence)
