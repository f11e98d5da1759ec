"""An official whose title names no country gets no party from the country the article names
most, however clear its lead (a coin flip on the foreign-dev corpus: articles about a
conflict name the other side most); the party stays unstated, with a reason.

The articles are invented for this test (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CLEAR = (
    "Portugal opens its ports to grain ships\n\n"
    "Portugal will let grain ships dock at three more ports, the government of Portugal said. "
    "Fishing crews in Portugal welcomed the decision, which Spain has not yet copied.\n\n"
    'Foreign Minister Anna Kell said the ports would "stay open as long as the ships need them."\n'
)

CONTESTED = (
    "Portugal and Spain argue over grain ships\n\n"
    "Portugal will let grain ships dock at three more ports. Spain said the plan broke an "
    "agreement, and Portugal rejected the complaint.\n\n"
    'Foreign Minister Anna Kell said the ports would "stay open as long as the ships need them."\n'
)


@pytest.mark.parametrize("text", [CLEAR, CONTESTED])
def test_the_country_an_article_names_most_is_no_party(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Anna Kell"
    assert quote.party is None and "Anna Kell" in (quote.party_reason or "")


def test_the_same_office_written_with_a_country_but_never_with_her_gives_no_party() -> None:
    """The route that gave Portugal helped the development part only (docs/extraction.md, "Round 5: dev-only rules deleted")."""
    text = CONTESTED.replace("Portugal rejected the complaint.",
                             "Portugal's foreign minister rejected the complaint.\n\nThe ports are busy.")
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Anna Kell", None) and "Portugal" in (quote.party_reason or "")
