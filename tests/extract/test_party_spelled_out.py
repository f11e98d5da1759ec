"""An acronym the article spells out comes before the table's reading of it
(``briefings.extract.party._spelled_out``): "RSF adviser X" after "the Rapid Support Forces
(RSF)" was filed under Reporters Without Borders, which the organisations table knows as RSF.

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    pytest.param("The Rapid Support Forces (RSF) welcomed the statement. RSF adviser Omar Hadi wrote that the group "
                 '"has always been ready for a ceasefire."', "Rapid Support Forces", id="the article's acronym"),
    pytest.param('RSF spokeswoman Anne Morel said journalists "must be able to work without fear."',
                 "Reporters Without Borders", id="no acronym defined: the table's"),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_the_article_s_acronym_names_the_party(text: str, party: str) -> None:
    assert extract_quotes(text)[-1].party == party
