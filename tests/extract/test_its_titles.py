"""A title opened by "its" or "their" stands for the body named last before the person
(``briefings.extract.its_titles``): "The X Ministry condemned it. Its spokesman, Y, said" is the
ministry's spokesman, not someone speaking for a body called "Its", nor, for "Its Secretary
General", for the United Nations.

Sentences are invented for these tests (real countries, invented people and bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.its_titles import body_for_its

# text -> (speaker, party) of its one quote
CASES = [
    pytest.param("The Belarusian Foreign Ministry rejected the decision. Its spokesman, Oleg Varna, said "
                 'the measures were "unlawful from start to finish."', ("Oleg Varna", "Belarus"),
                 id="a ministry's spokesman"),
    pytest.param("The Alpine Rivers Commission welcomed the deal. Its Secretary General, Lena Brix, said "
                 'the region was entering "a new era of working together."',
                 ("Lena Brix", "Alpine Rivers Commission"), id="a secretary general of a body not the UN"),
    pytest.param("The deal was signed on Monday. Its Secretary General, Lena Brix, said the region was "
                 'entering "a new era of working together."', ("Lena Brix", None),
                 id="no body named before: no party, not the UN's office"),
    pytest.param("Campaigners marched past the Japanese embassy in Oslo on Friday. Its director, Eva Lind, said "
                 'the fleet should "stay in port this season."', ("Eva Lind", None),
                 id="a body passed by is no doer: not Japan (0.97)"),
    pytest.param("Dozens gathered outside the Chinese embassy on Friday. Its director, Eva Lind, said "
                 'the fleet should "stay in port this season."', ("Eva Lind", None),
                 id="a body after a preposition is no doer: not China"),
    pytest.param("The sanctions were condemned by the Belarusian Foreign Ministry. Its spokesman, Oleg Varna, "
                 'said the measures were "unlawful from start to finish."', ("Oleg Varna", "Belarus"),
                 id="the agent of a passive is its doer"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_its_title_speaks_for_the_body_named_before(text: str, expected: tuple[str, str | None]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected


def test_the_evidence_says_how_its_was_read() -> None:
    [quote] = extract_quotes(CASES[0].values[0])
    assert "'Its' read as Belarusian Foreign Ministry" in (quote.party_evidence or "")


def test_other_titles_are_left_alone() -> None:
    text = "The Alpine Rivers Commission met. Its chief, Lena Brix, spoke."
    article = Article(text, [])
    assert body_for_its(article, "the chief", text.index("Lena")) is None
    assert body_for_its(Article("Its chief, Lena Brix, spoke.", []), "Its chief", 11)[0] == ""
    assert body_for_its(article, "Its chief", text.index("Lena")) == (
        "chief of the Alpine Rivers Commission", "'Its' read as Alpine Rivers Commission, the body named last before")
