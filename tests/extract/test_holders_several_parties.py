"""A person the office-holder list has for several parties (``briefings.extract.holders``): a
title that fits one party's office and an article that names another of them disagree, and the
list then says nothing; a title and a name that agree, or a title alone, choose. The list is
replaced by one of invented people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import extract_quotes

_SAID = '"We expect an answer within weeks,"'

_LIST = {"lena vasko": [("Ireland", "defence minister, 2028–2031"),
                        ("European Union", "president of the European Commission, 2032–")]}


@pytest.fixture(autouse=True)
def invented_list(holders_list: Callable[[dict], None]) -> None:
    holders_list(_LIST)


def _party(text: str) -> tuple[str | None, str | None]:
    (quote,) = extract_quotes(text)
    return quote.party, quote.party_reason


def test_a_title_of_one_party_in_an_article_that_names_another_gives_none() -> None:
    party, reason = _party(f"The European Commission proposed new rules.\n\n{_SAID} said Lena Vasko, the minister.")
    assert party is None
    assert reason == ("the article gives Lena Vasko a title of their listed office for Ireland, but names European "
                      "Union, another party the office-holder list has them for: which?")


@pytest.mark.parametrize(("text", "party"), [
    (f"The European Commission proposed new rules.\n\n{_SAID} said Lena Vasko, the president.", "European Union"),
    (f"Ireland and the EU met.\n\n{_SAID} said Lena Vasko, the defence minister.", "Ireland"),
    (f"{_SAID} said Lena Vasko, the defence minister.", "Ireland"),
])
def test_a_title_that_agrees_with_the_names_or_stands_alone_chooses(text: str, party: str) -> None:
    assert _party(text) == (party, None)
