"""Military ranks are title words, never part of a name (``lexicon/title_words.txt``):
"Government spokesman Colonel Ana Diallo said" gave the speaker `Colonel Ana Diallo`.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("rank", ["Colonel", "Lieutenant", "Brigadier", "Sergeant"])
def test_a_rank_before_a_name(rank: str) -> None:
    quote = extract_quotes(f'Army spokesman {rank} Ana Diallo said security was "improving every day".')[-1]
    assert quote.speaker == "Ana Diallo"
