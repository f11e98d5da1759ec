"""A title with its workplace after the name ("X, Americas director at Harbour Watch") gives
the workplace as the party; a phrase that is no title ("speaking at ...") gives none.

Sentences are invented for this test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ('"The camps are full," said Ana Rell, Americas director at Harbour Watch International.\n',
     "Harbour Watch International"),
    ('"The camps are full," said Ana Rell, the regional director at Harbour Watch.\n', "Harbour Watch"),
    ('"The camps are full," said Ana Rell, speaking at Harbour Watch International.\n', None),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_a_title_at_a_workplace_names_the_party(text: str, party: str | None) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Ana Rell", party)
