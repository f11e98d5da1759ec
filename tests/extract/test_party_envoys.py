"""An envoy's place is no party (``hosts._HOST``): "the special envoy for Syria" is sent for
Syria and does not speak for it, as "the ambassador to Russia" does not speak for Russia. "The
U.S. special envoy for Afghanistan, X," was filed under Afghanistan, "The Special Envoy for
Syria, X," under Syria.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' said the talks had reached "a point of no return."'


@pytest.mark.parametrize(("subject", "party"), [
    ("The Special Envoy for Syria, Ivo Marek,", None),
    ("The special representative for Libya, Ivo Marek,", None),
    ("The UN special envoy for Yemen, Ivo Marek,", "United Nations"),
    ("China's special envoy for Afghanistan, Zhou Ming,", "China"),
])
def test_the_place_an_envoy_is_sent_for_is_no_party(subject: str, party: str | None) -> None:
    (quote,) = extract_quotes(subject + QUOTE)
    assert quote.party == party, quote.party_evidence
