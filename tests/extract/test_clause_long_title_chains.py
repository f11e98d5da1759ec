"""A title that holds another person's title reaches back to the start of its clause
(``briefings.extract.clause._title_start``, twelve words): "Bangladesh's interim government chief
adviser Y's press secretary X said" gave the label `Y's press secretary`, as the title words were
read eight back only. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("title", [
    "Valdonia's interim government chief adviser Tomas Brel's press secretary",
    "Valdonia's transitional government chief adviser Tomas Brel's deputy press secretary",
    "Tomas Brel's press secretary",
])
def test_the_holder_after_a_long_title_speaks(title: str) -> None:
    (quote,) = extract_quotes(f'{title} Anna Kovic said the talks were "frank and candid to the end".')
    assert quote.speaker == "Anna Kovic"
