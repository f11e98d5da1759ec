"""Two small forms of African and European copy:

* "the Hungarian premier said" after "Hungarian Prime Minister X": "premier" names the prime
  minister's post (``heads.same_post``); no one was titled "premier", so the quote went to the
  article's protagonist, the Turkish president (0.87);
* "Colonel-Major X", the rank of Francophone West African armies: a hyphenated rank whose later
  part is "Major" is a title (``names._hyphened_rank``); the speaker was `Colonel-Major X`.

Sentences and people are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


def test_the_premier_is_the_prime_minister() -> None:
    text = ("President Ali Demir hosted Hungarian Prime Minister Laszlo Kovacs for talks.\n\n"
            '"Hungary is a strategic partner for us," Demir said.\n\n'
            '"Without Turkey there is no solution to migration," the Hungarian premier said.')
    assert extract_quotes(text)[-1].speaker == "Laszlo Kovacs"


@pytest.mark.parametrize(("rank", "speaker"), [
    ("Colonel-Major Amadou Sani", "Amadou Sani"),
    ("Lt-Gen Amadou Sani", "Amadou Sani"),  # as before
])
def test_a_hyphenated_rank_is_a_title(rank: str, speaker: str) -> None:
    text = f'The spokesman of the government, {rank}, said that "our decision is irreversible."'
    assert extract_quotes(text)[-1].speaker == speaker
