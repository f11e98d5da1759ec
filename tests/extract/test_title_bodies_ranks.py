"""A rank word is no body (``lexicon/title_words.txt``): "X, the Supreme Leader" was filed under a
body called "Supreme", and "Supreme Leader X" had "'Supreme' may be a person or a body" for its
reason. People are invented; sentences are written for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"We will not be intimidated by threats,"'


@pytest.mark.parametrize("text", [
    f"{_SAID} said Reza Tavan, the Supreme Leader.",
    f"{_SAID} Supreme Leader Reza Tavan said.",
])
def test_supreme_is_a_rank_not_a_body(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Reza Tavan"
    assert quote.party is None and "Supreme" not in (quote.party_reason or "")


def test_a_supreme_body_keeps_its_name() -> None:
    (quote,) = extract_quotes(f"{_SAID} the Supreme Court said.")
    assert (quote.speaker, quote.party) == ("Supreme Court", "Supreme Court")


def test_a_country_before_the_rank_is_the_party() -> None:
    (quote,) = extract_quotes(f"{_SAID} Iran's Supreme Leader Reza Tavan said.")
    assert (quote.speaker, quote.party) == ("Reza Tavan", "Iran")
