"""Where a name opens with initials or ends with a word written like a rank's abbreviation:
"Former defence minister A.K. Antonyraj said" had no speaker (an initialism before other words
was read as a modifier, as in "the U.S. Senate"), and "Defence Minister Nakatani Gen" lost its
given name to the rank "Gen" (``names.personal_initials``, ``names._title_cut``). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('"The army is ready for anything," former minister R.K. Menon said.', "R.K. Menon"),
    ('"We expect a quick vote," P.J. Varghese told reporters.', "P.J. Varghese"),
    ('"The strait must stay open," Japanese Defence Minister Ishida Gen said.', "Ishida Gen"),
    # initials of a country or body stay a modifier; a rank stays a title
    ('"The deal is done," U.S. Ambassador Tom Hale said.', "Tom Hale"),
    ('"The troops will stay," Lt Gen Mark Riley said.', "Mark Riley"),
])
def test_initials_and_ranks_around_a_name(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize("initials", ["U.N.", "K.L."])
def test_initials_before_a_body_are_no_name(initials: str) -> None:
    quote = extract_quotes(f'The {initials} Security Council said the truce "must hold at all costs".')[-1]
    assert quote.speaker == "Security Council"


def test_initials_after_the_are_a_modifier() -> None:
    quote = extract_quotes('"We want calm," the P.A. Nabil Rudeina said.')[-1]
    assert quote.speaker == "Nabil Rudeina"
