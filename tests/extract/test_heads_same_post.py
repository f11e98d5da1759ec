""""The Kremlin spokesman said" after "presidential press secretary Anna Brel said": a role
phrase whose head is a spokesperson's stands for one titled press secretary, or spokesperson of
either word, as it does for one titled with its own word (``heads.same_post``). It stayed the
label `Kremlin spokesman` (0.85). Never across genders: "the spokeswoman" is not "spokesman X".

Sentences and people are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"It is premature to talk about a venue," {} said.\n'


@pytest.mark.parametrize(("intro", "phrase", "speaker"), [
    # the row was "Presidential press secretary Oleg Sirotin": a title of no country, which a Kyiv
    # story gives Ukraine's press secretary (attack12); the title must name the phrase's country
    ("Russian presidential press secretary Oleg Sirotin spoke to reporters.", "the Kremlin spokesman",
     "Oleg Sirotin"),
    ("Foreign Ministry Spokesperson Anna Brel spoke to reporters.", "the spokeswoman", "Anna Brel"),
    ("Kremlin spokesman Oleg Sirotin spoke to reporters.", "the Kremlin spokesman", "Oleg Sirotin"),  # as before
])
def test_a_spokespersons_phrase_goes_to_the_holder(intro: str, phrase: str, speaker: str) -> None:
    assert extract_quotes(intro + QUOTE.format(phrase))[-1].speaker == speaker


def test_never_across_genders() -> None:
    text = "Government spokesman Oleg Sirotin spoke to reporters." + QUOTE.format("the spokeswoman")
    assert extract_quotes(text)[-1].speaker != "Oleg Sirotin"


def test_press_only_in_a_press_post() -> None:
    text = "Press TV correspondent Ali Rezaei asked about the talks." + QUOTE.format("the spokesman")
    assert extract_quotes(text)[-1].speaker != "Ali Rezaei"


@pytest.mark.parametrize(("intro", "phrase"), [
    # "the Kremlin spokesman" is no press secretary whose title names no country or another one
    ("KYIV - Presidential press secretary Dana Reyes said the president would travel.", "the Kremlin spokesman"),
    ("Ukrainian presidential press secretary Dana Reyes spoke to reporters.", "the Kremlin spokesman"),
    # an unnamed spokesperson brought in after the named one is whom "the spokeswoman" stands for
    # (attack12 probe: the State Department's spokesperson got Beijing's words, 0.79)
    ("State Department Spokesperson Dana Reyes spoke to reporters. In Beijing, a foreign ministry "
     "spokeswoman dismissed the criticism.", "the spokeswoman"),
    ("UN Spokesperson Dana Reyes spoke to reporters. A government spokeswoman in Tbilisi was asked "
     "about the remarks.", "the spokesman"),
])
def test_the_phrase_is_not_this_holders(intro: str, phrase: str) -> None:
    assert extract_quotes(intro + QUOTE.format(phrase))[-1].speaker != "Dana Reyes"
