"""A definite role phrase of an unnamed kind refers back to the titled person quoted just before
(``briefings.extract.backrefs``): "..., Deputy Foreign Minister X told TASS. '...,' the diplomat
said" is X's; after an unnamed source, or a person the article gives no title, the phrase stays
as written.

Sentences are invented for these tests (real countries and agencies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

NAMED = ("Moscow sees no grounds for new talks, Deputy Foreign Minister Pavel Renko told TASS on "
         "Wednesday.\n\n"
         '"Until Washington changes course, we see no basis for a meeting," the diplomat said.\n')
UNNAMED = ("A senior official of the coast guard, who asked not to be named, said the ship had left.\n\n"
           '"We keep watching the area day and night," the official said.\n')
UNTITLED = ("Pavel Renko, 54, said the ship had left on Tuesday.\n\n"
            '"We keep watching the area day and night," the official said.\n')
INDEFINITE = ("Moscow sees no grounds for new talks, Deputy Foreign Minister Pavel Renko told TASS.\n\n"
              '"Nobody here expects a meeting this year," a diplomat said.\n')
WITNESS = ("Interior Minister Ola Berntsen said on Monday that the camp would close within a month.\n\n"
           '"We have nowhere else to go," the woman said.\n')
MEDIC = ("Health Minister Sara Idris said the wards were \"working far beyond capacity.\"\n\n"
         '"We ran out of clean water two days ago," the doctor said.\n')
OPPOSITION = ("Opposition leader Tomas Vrana said the count had been \"rigged from the start.\"\n\n"
              '"We checked every ballot twice," the official said.\n')
TWO_TITLED = ("Deputy Foreign Minister Pavel Renko said Moscow was \"ready to talk,\" while Norwegian "
              "Ambassador Erik Lunde said Oslo would \"wait for details.\"\n\n"
              '"The ball is now in their court," the diplomat said.\n')


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(NAMED, "Pavel Renko", id="the diplomat after a titled speaker"),
    pytest.param(UNNAMED, "senior official", id="the official after an unnamed official: its fuller label"),
    pytest.param(UNTITLED, None, id="the official after a person with no title: unsure (unnamed.py)"),
    pytest.param(INDEFINITE, "diplomat", id="a diplomat is someone else"),
    pytest.param(WITNESS, None, id="the woman after a minister: unsure"),
    pytest.param(MEDIC, None, id="the doctor after a health minister: unsure"),
    pytest.param(OPPOSITION, None, id="the official after an opposition leader: unsure"),
    pytest.param(TWO_TITLED, None, id="the diplomat after two titled speakers: unsure"),
])
def test_the_diplomat_is_the_titled_speaker_just_before(text: str, speaker: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker
