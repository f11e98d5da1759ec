"""A country's word before lower-case words and a head noun that is no government's body ("the
Lebanese armed group", "the Russian private military company") describes the body named before
it, as the head noun alone would: it names no body of its own (``heads.named_body`` takes a
country's word only before a ministry, an office, an agency ...), so the speaker is that body,
never the description as a label. Only a body that was a subject is described so ("settler
violence in the West Bank" names a place, no group: ``issuers._described``). A body found by a
phrase that says "opposition" is the country's opposition, never its government, though the
body's own name reads as the country's (``party._opposition_title``).

Sentences are invented for these tests (real bodies, invented events)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.heads import named_body
from briefings.extract.mention import Mention


@pytest.mark.parametrize(("surface", "named"), [
    ("the Lebanese armed group", False),
    ("the Russian private military company", False),
    ("the Yemeni rebel group", False),
    ("the Egyptian foreign ministry", True),
    ("the Kenyan interior ministry", True),
    ("the Turkish defence department", True),
])
def test_a_country_names_only_a_government_body(surface: str, named: bool) -> None:
    assert named_body(Mention(0, len(surface), surface, "role", titles=surface.lower().split()[1:])) is named


@pytest.mark.parametrize(("opening", "phrase", "speaker", "party"), [
    ("Hezbollah launched a barrage of drones at an army base near Haifa on Sunday.",
     "the Lebanese armed group", "Hezbollah", "Hezbollah"),
    ("Hamas said on Friday that it had handed its answer to the mediators.",
     "the Palestinian militant group", "Hamas", "Hamas"),
    ("The Houthis claimed a missile strike on a tanker off Hodeidah on Monday.",
     "the Yemeni rebel group", "Houthis", "Houthis"),
    ("The Rapid Support Forces said on Thursday they had taken a second town in Kordofan.",
     "the Sudanese paramilitary group", "Rapid Support Forces", "Rapid Support Forces"),
])
def test_a_described_group_is_the_group_named_before(opening: str, phrase: str, speaker: str, party: str) -> None:
    text = (f"BEIRUT - {opening}\n\n"
            f'"We will answer every attack on our people, wherever it comes from," {phrase} said in a statement.\n\n'
            "Officials in the region did not comment.\n")
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == (speaker, party)


def test_a_place_after_a_preposition_is_no_group_described() -> None:
    text = ("JERUSALEM - B'Tselem counted new cases of settler violence in the West Bank on Tuesday.\n\n"
            '"Every week the attacks grow bolder and nobody is punished," the Israeli rights group said.\n')
    assert extract_quotes(text)[0].speaker != "West Bank"


def test_a_body_found_by_an_opposition_phrase_is_the_opposition() -> None:
    text = ("ISTANBUL - The Syrian National Coalition called on Wednesday for a new round of talks.\n\n"
            '"Only a real transition can bring the refugees home," the Syrian opposition coalition said.\n')
    quote = extract_quotes(text)[0]
    assert quote.party == "Syrian opposition"


def test_a_body_of_another_actor_is_no_group_described() -> None:
    text = ("BEIRUT - UNIFIL said on Tuesday that its peacekeepers had come under fire near Naqoura.\n\n"
            '"We will answer every attack on our people," the Lebanese armed group said.\n')
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) != ("UNIFIL", "United Nations")
    assert quote.party != "United Nations"
