"""A plural role stands for the governments the article listed with it ("the foreign ministers
of A, B and C … the ministers said"), as a joint statement does (``plural_roles.listed_party``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' "The crossings must open this week," the {} said in a joint statement.'


@pytest.mark.parametrize(("lead", "head", "party"), [
    # the label had no party
    ("The foreign ministers of Chile, Peru and the United Kingdom met in Lima.", "ministers",
     "Chile, Peru and United Kingdom"),
    ("The leaders of Kenya and Uganda spoke by phone on Monday.", "leaders", "Kenya and Uganda"),
    # the list goes on past its last country to a body: not all governments
    ("We, the Foreign Ministers of Chile, Peru and Japan, and the High Representative of the European Union, "
     "met in Lima.", "ministers", None),
    # a country whose name holds "of" is one item: the list still runs on to a body after it
    ("We, the Foreign Ministers of Chile and the United States of America, and the High Representative "
     "of the European Union, met in Lima.", "ministers", None),
    # no list named with the role
    ("Ministers met in Lima on Monday.", "ministers", None),
])
def test_the_listed_governments_are_the_party(lead: str, head: str, party: str | None) -> None:
    quote = extract_quotes(lead + QUOTE.format(head))[-1]
    assert (quote.speaker, quote.party) == (head, party), quote.party_reason
