"""Whose "the spokesman" is when the text has several candidates: a spokesman whose phrase names
a country ("the Chinese spokesman") is never given the party of the other country's people named
before; a capital that was the subject just before ("Beijing was quick to respond") makes the
body named before only one of two; a spokesperson "for the presidential office" is that office's,
never a headline's word. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

TOKYO = ("Japan protests incursion\n\n"
         "TOKYO - Japan's Foreign Ministry summoned a senior Chinese diplomat on Tuesday.\n\n"
         "{bridge}\"The islands are our inherent territory and Japan has no right to speak,\" {role} said.\n")


@pytest.mark.parametrize(("bridge", "role", "speaker", "party"), [
    # unsure between the Japanese named before, and never their party: the phrase's own (round 11,
    # ``tied_parties.assign_label_parties``)
    ("Japanese Chief Cabinet Secretary Ken Mori said Japan had lodged a strong protest.\n\n", "the Chinese spokesman",
     None, "China"),
    ("Beijing was quick to respond. ", "the spokesman", "spokesman", None),  # a label, never Japan's ministry
])
def test_the_spokesman_of_another_country(bridge: str, role: str, speaker: str | None, party: str | None) -> None:
    (quote,) = extract_quotes(TOKYO.format(bridge=bridge, role=role))
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence


def test_a_spokesperson_for_an_office_is_no_headline_s() -> None:
    text = ("Talks stall\n\nSEOUL (Yonhap) - Yonhap quoted a spokesman for the presidential office as "
            'saying "we will respond sternly to any provocation by the North."\n')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "presidential office"
