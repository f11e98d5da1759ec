"""A country's name before a lower-case word is a clause, not a modifier of the title after it
(``titles._actor_before_modifier``): "Interior Minister A of Norway met Danish Interior Minister
B" gave B the title "Norway met" and the party Norway. An adjective or a possessive still owns
a modifier ("Lebanese caretaker Prime Minister X"). People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"We will share the names of the suspects," {} said.'


@pytest.mark.parametrize(("text", "party"), [
    ("Interior Minister Ola Brandt of Norway met Danish Interior Minister Kaj Holm in Oslo. "
     + _SAID.format("Kaj Holm"), "Denmark"),
    ("A delegation from Norway met Danish Interior Minister Kaj Holm on Friday. " + _SAID.format("Holm"), "Denmark"),
    (_SAID.format("Lebanese caretaker Prime Minister Omar Saad"), "Lebanon"),
])
def test_the_title_is_read_up_to_the_clause(text: str, party: str) -> None:
    assert extract_quotes(text)[-1].party == party
