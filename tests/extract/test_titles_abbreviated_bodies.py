"""A title set off by a comma before a name may hold an abbreviation's stops ("Britain's U.N.
ambassador, X,"): the stop of "U.N." before a lower-case word ends no sentence, so the title is
read whole and names the sending country (it was read as "ambassador" alone, and the party
left null). A stop before a capital still ends the phrase. People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = ' "The facts on the ground speak for themselves," she told reporters.'

CASES = [
    ("U.N. before the role", "Britain's U.N. ambassador, Helen Marchbank, rejected the charge.", "United Kingdom"),
    ("U.S. before the role", "The U.S. envoy, Tom Reed, rejected the charge.", "United States"),
    ("the stop ends a sentence before a capital", "Talks opened at the U.N. Ambassador, Helen Marchbank, "
     "rejected the charge.", None),
]


@pytest.mark.parametrize(("opening", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_abbreviation_in_a_title_before_a_comma(opening: str, party: str | None) -> None:
    quote = extract_quotes(opening + _QUOTE)[-1]
    assert quote.party == party
