"""A title opened by a body's common noun ("a ministry spokesperson", "embassy spokesperson",
"Commission spokesperson") is that of the body of that kind just named
(``its_titles._body_of_noun``); a spokesperson's title with no body at all is that of the one
body just named (``its_titles._spokesperson_alone``). Sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' "We will not take lessons on this from anyone," {}.'


@pytest.mark.parametrize(("lead", "said", "party"), [
    # each had no party
    ("Portugal's Ministry of the Interior rejected the report.", "a ministry spokesperson, Rui Lopes, said",
     "Portugal"),
    ("Portugal's Ministry of the Interior rejected the report.", "said ministry spokesperson Rui Lopes", "Portugal"),
    ("Vietnam's embassy in Canberra rejected the report.", "embassy spokesperson Rui Lopes said", "Vietnam"),
    ("The European Commission rejected the report.", "Commission spokesperson Rui Lopes said", "European Union"),
])
def test_the_noun_stands_for_the_body_just_named(lead: str, said: str, party: str) -> None:
    quote = extract_quotes(lead + QUOTE.format(said))[-1]
    assert (quote.speaker, quote.party) == ("Rui Lopes", party), quote.party_reason


@pytest.mark.parametrize("lead", [
    # the embassy is a place here, and no ministry is named
    "Students marched past Vietnam's embassy in Canberra.\n\nTalks went on.\n\n",  # near: round 12's office just before
    "The report reached the prime minister's desk on Monday.",
])
def test_no_body_of_that_kind_just_named_gives_no_party(lead: str) -> None:
    said = "embassy spokesperson Rui Lopes said" if "embassy" in lead else "a ministry spokesperson, Rui Lopes, said"
    quote = extract_quotes(lead + QUOTE.format(said))[-1]
    assert (quote.speaker, quote.party) == ("Rui Lopes", None), quote.party_evidence


@pytest.mark.parametrize(("lead", "party"), [
    # had no party ("a title with no body", left in round 6)
    ("Oman's Ministry of Foreign Affairs condemned the raid.", "Oman"),
    ("The Omani Foreign Ministry condemned the raid.", "Oman"),
    # two government bodies just named: either may be meant
    ("Oman's Ministry of Foreign Affairs and Qatar's Ministry of Defence condemned the raid.", None),
    ("The Andean Fisheries Council condemned the raid.", "Andean Fisheries Council"),
    # no body just named
    ("The raid was condemned across the region.", None),
])
def test_a_spokesperson_alone_is_the_one_body_just_named(lead: str, party: str | None) -> None:
    quote = extract_quotes(lead + ' Spokesperson Rui Lopes told a briefing: "Such raids threaten the whole region."')[-1]
    assert (quote.speaker, quote.party) == ("Rui Lopes", party), quote.party_evidence
