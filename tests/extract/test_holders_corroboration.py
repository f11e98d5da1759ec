"""The office-holder list speaks only where the article bears it out (``briefings.extract.holders``):
the listed party is named somewhere in the article (its name, a demonym, its capital or seat), or
the article gives the person a title that fits a listed office by its own words. An article that
does neither may be about a namesake whose trade the title readers missed ("dean of a school")
or told in another sentence. The list is replaced by one of invented people."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefings.extract import extract_quotes

_SAID = '"Our exports will shrink by a tenth next year,"'

_LIST = {"zhou tianlu": [("China", "ambassador to the United Nations, 2030–2034")]}


@pytest.fixture(autouse=True)
def invented_list(holders_list: Callable[[dict], None]) -> None:
    holders_list(_LIST)


def _party(text: str) -> tuple[str | None, str | None, str | None]:
    (quote,) = extract_quotes(text)
    return quote.party, quote.party_evidence, quote.party_reason


UNBORNE = [
    ("no word of the country", f"{_SAID} Zhou Tianlu said."),
    ("a trade the title readers miss", f"{_SAID} said Zhou Tianlu, dean of the business school."),
    ("a trade told in the next sentence", f"{_SAID} Zhou Tianlu said. He sells bicycles in Vancouver."),
]


@pytest.mark.parametrize("text", [c[1] for c in UNBORNE], ids=[c[0] for c in UNBORNE])
def test_the_list_is_not_read_where_the_article_bears_nothing_out(text: str) -> None:
    party, evidence, reason = _party(text)
    assert (party, evidence) == (None, None)
    assert reason is not None and "the article neither names China nor gives Zhou Tianlu a title" in reason


BORNE = [
    ("the country's name", f"China and Japan met.\n\n{_SAID} Zhou Tianlu said.", "the article names China"),
    ("a demonym", f"Chinese exporters are worried.\n\n{_SAID} Zhou Tianlu said.", "the article names China"),
    ("the capital", f"Beijing is worried.\n\n{_SAID} Zhou Tianlu said.", "the article names China"),
    ("a title that fits the listed office", f"{_SAID} said Ambassador Zhou Tianlu.", "fit these offices"),
]


@pytest.mark.parametrize(("text", "borne"), [c[1:] for c in BORNE], ids=[c[0] for c in BORNE])
def test_the_list_speaks_where_the_article_bears_it_out(text: str, borne: str) -> None:
    party, evidence, reason = _party(text)
    assert (party, reason) == ("China", None)
    assert evidence is not None and evidence.startswith("weaker:") and borne in evidence
