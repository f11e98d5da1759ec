"""An official whose title names no country speaks for the article's country only when the
article clearly is about one; otherwise the party stays unstated, with a reason.

The articles are invented for this test (real countries, invented people)."""

from __future__ import annotations

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


def test_an_untitled_official_speaks_for_the_country_the_article_is_clearly_about() -> None:
    (quote,) = extract_quotes(CLEAR)
    assert (quote.speaker, quote.party) == ("Anna Kell", "Portugal")


def test_a_narrow_lead_between_two_countries_leaves_the_party_unstated() -> None:
    (quote,) = extract_quotes(CONTESTED)
    assert quote.speaker == "Anna Kell"
    assert quote.party is None and "Anna Kell" in (quote.party_reason or "")
