"""A diplomat's host after "to" is cut before a title's head is read
(``briefings.extract.titles._without_portfolio``): "Israel's ambassador to the United Nations,
X," is a title whose head is "ambassador", so X speaks for Israel (it gave no party, its last
word being "Nations").

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "party"), [
    pytest.param("Chile's ambassador to the United Nations, Tomas Vell, said the text was \"a step back for "
                 'everyone."', "Chile", id="ambassador to the United Nations"),
    pytest.param("Russia's deputy ambassador to the UN, Ivan Sorin, said the draft was \"an attempt to "
                 'meddle in a sovereign state."', "Russia", id="deputy ambassador to the UN"),
])
def test_an_ambassador_to_a_body_speaks_for_the_sending_country(text: str, party: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.party == party
