"""Plural labels whose governments the article gave before in another shape than "<role> of A,
B and C": a label that counts its people ("the three foreign ministers") stands for the latest
list of as many countries; a bare label ("the ministers") for the one actor the article named
with the same head ("ASEAN foreign ministers"). Both were null. Sentences written for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = '"We will not be divided on this question,"'

CASES = [
    ("counted, a list as subject", f"Germany, France and Poland called for unity on Monday.\n\n{_QUOTE} "
     "the three foreign ministers said.", "Germany, France and Poland"),
    ("counted, a list of another length", f"Germany, France and Poland called for unity on Monday.\n\n{_QUOTE} "
     "the two foreign ministers said.", None),
    ("counted, a list of people", f"Anna Roe, Karl Weber and Ivo Brand met on Monday.\n\n{_QUOTE} "
     "the three ministers said.", None),
    ("bare, one actor's group", f"ASEAN foreign ministers met in Jakarta on Monday.\n\n{_QUOTE} "
     "the ministers said in a communique.", "ASEAN"),
    ("bare, two actors' groups", f"Iranian officials met U.S. officials in Oman on Monday.\n\n{_QUOTE} "
     "the officials said.", None),
]


@pytest.mark.parametrize(("text", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_plural_label_stands_for_the_governments_named_before(text: str, party: str | None) -> None:
    assert extract_quotes(text)[-1].party == party
