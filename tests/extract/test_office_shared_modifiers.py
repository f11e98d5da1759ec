"""A body is the same body only up to a head noun, never up to a modifier
(``briefings.extract.office.body_country``): "A Foreign Office spokesperson said", in an article
that writes "Argentina's foreign minister", was filed under Argentina: the two share only
"foreign". Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_a_shared_modifier_is_no_shared_body() -> None:
    text = ("Argentina's foreign minister renewed the claim on Thursday.\n\n"
            'A Foreign Office spokesperson said in a statement: "Our position on the islands has not changed."')
    (quote,) = extract_quotes(text)
    assert quote.party != "Argentina", quote.party_evidence

