"""Titles that are role nouns only right after a determiner (``lexicon/determined_roles.txt``,
``mentions.MentionFinder._role_phrase_head``): "the Amir said", the Gulf spelling of "the Emir",
was the one-word name `Amir` (0.91, party "Amir"); now it is the person the article titles so,
else no one. Alone, "Amir" is a given name and stays one ("Ambassador to the United Nations
Amir X").

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' would "support dialogue and diplomatic solutions to the crisis."'


@pytest.mark.parametrize(("text", "speaker"), [
    ("DOHA - His Highness the Amir Sheikh Hamad bin Jassim Al-Kuwari received the envoy.\n\n"
     "The Amir said Qatar" + QUOTE, "Hamad bin Jassim Al-Kuwari"),
    ("DOHA - The envoy arrived on Monday.\n\nThe Amir said Qatar" + QUOTE, None),
    ("TEHRAN - Iran's Ambassador to the United Nations Amir Tabrizi spoke.\n\nAmir Tabrizi said Iran" + QUOTE,
     "Amir Tabrizi"),
])
def test_the_amir_is_a_title_after_the(text: str, speaker: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker, quote.evidence
