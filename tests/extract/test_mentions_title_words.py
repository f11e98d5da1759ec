"""A title word alone at the start of a sentence names nobody (``briefings.extract.mentions``):
"State broadcaster TRT quoted the minister as saying" gave the speaker "State" (0.96), a person
of that name. Sentences are invented for these tests (real outlets, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' the visit had been "warm, open and long overdue."'


@pytest.mark.parametrize("relay", [
    "State broadcaster TRT quoted the minister as saying",
    "State television quoted him as saying",
    "State media said",
])
def test_a_title_word_opening_a_sentence_is_no_speaker(relay: str) -> None:
    quote = extract_quotes("The talks in Ankara ended on Monday.\n\n" + relay + QUOTE)[-1]
    assert quote.speaker != "State", quote.evidence


def test_a_title_word_in_a_name_still_counts() -> None:
    (quote,) = extract_quotes("Secretary of State Ana Lopes said" + QUOTE)
    assert quote.speaker == "Ana Lopes"
