"""The portfolio between a title and its holder's name (``briefings.extract.portfolios`` and
``clause._title_start``): "UN High Commissioner for Human Rights X said" is X's, not the title's.

Sentences are invented for these tests (real organisations, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.portfolios import without_portfolio

# text -> (speaker, party) of its one quote
CASES = [
    pytest.param('"Those responsible must answer for it," UN High Commissioner for Human Rights Otto Brenn '
                 "said in a statement.", ("Otto Brenn", "United Nations"), id="quote first"),
    pytest.param('UN High Commissioner for Refugees Mina Sarr said "the camps hold twice what they were '
                 'built for."', ("Mina Sarr", "United Nations"), id="title first"),
    pytest.param('EU Commissioner for Trade Lena Dahl said "the duties hurt both sides of the Atlantic."',
                 ("Lena Dahl", "European Union"), id="a one-word portfolio"),
    # the speaker was "UN" and "US" (0.96): "Syria Ivo Marek" read as a name after "for"
    pytest.param('UN special envoy for Syria Ivo Marek said the talks had reached "a point of no return."',
                 ("Ivo Marek", "United Nations"), id="a country as the portfolio"),
    pytest.param('US special envoy for South Sudan Ivo Marek said the talks had reached "a point of no return."',
                 ("Ivo Marek", "United States"), id="a two-word country as the portfolio"),
    # the speaker was "Cooperation Ivo Marek" (0.97): a body, then the portfolio word
    pytest.param("Indonesia's Foreign Ministry director general for Asean Cooperation Ivo Marek said "
                 '"the envoy will meet every side."', ("Ivo Marek", "Indonesia"), id="a body, then its portfolio"),
    pytest.param("Norway's special envoy for Middle East Affairs Ivo Marek said "
                 '"the envoy will meet every side."', ("Ivo Marek", "Norway"), id="a region, then its portfolio"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_holder_after_the_portfolio_is_the_speaker(text: str, expected: tuple[str, str]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected


def _run(text: str, first: str) -> list[tuple[int, int, str]]:
    start = text.index(first)
    out, position = [], start
    for word in text[start:].split():
        out.append((position, position + len(word), word))
        position += len(word) + 1
    return out


@pytest.mark.parametrize(("text", "first", "kept"), [
    ("the High Commissioner for Human Rights Otto Brenn", "Human", "Otto Brenn"),
    ("a spokesman for Human Rights Watch", "Human", "Human Rights Watch"),  # a body: too short once cut
    ("talks on Human Rights Otto Brenn", "Human", "Human Rights Otto Brenn"),  # no role noun before
])
def test_without_portfolio(text: str, first: str, kept: str) -> None:
    run = without_portfolio(text, _run(text, first))
    assert " ".join(w for _, _, w in run) == kept
