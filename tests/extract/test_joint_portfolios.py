"""Names listed right before a role noun are the portfolio of a title ("X, Israel and Palestine
director at Human Rights Watch,"), not people speaking together: the quote went to the joint
speaker "X, Israel and Palestine", filed under "Human Rights Watch, Israel and Palestine". A
list that is the cue's subject stays joint. People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = '"Collective punishment is prohibited under international law."'

CASES = [
    ("a portfolio of two places", f"Omar Sadek, Israel and Palestine director at Human Rights Watch, said: {_QUOTE}",
     "Omar Sadek", "Human Rights Watch"),
    ("a portfolio of two countries", f"Lena Holm, Iraq and Jordan researcher at Amnesty International, "
     f"said: {_QUOTE}", "Lena Holm", "Amnesty International"),
    ("countries speaking together", f"Germany, France and Italy said in a joint statement: {_QUOTE}",
     "Germany, France and Italy", "Germany, France and Italy"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_list_before_a_role_noun_is_a_portfolio(text: str, speaker: str, party: str) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
