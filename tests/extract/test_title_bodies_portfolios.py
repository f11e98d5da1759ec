"""The words of a portfolio before a minister or a secretary are no body
(``briefings.extract.title_bodies.body_in_title``): "Foreign Relations Secretary X" was filed under
a party "Foreign Relations" and "Public Security Minister X" under "Public Security"; a body's name
before a role keeps its party. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.title_bodies import body_in_title


@pytest.mark.parametrize(("title", "body"), [
    ("Foreign Relations Secretary", None),
    ("Public Security Minister", None),
    ("Human Rights Minister", None),
    ("Human Rights Watch researcher", "Human Rights Watch"),
    ("Hamas spokesman", "Hamas"),
])
def test_a_portfolio_is_no_body(title: str, body: str | None) -> None:
    assert body_in_title(title) == body


def test_no_party_from_a_portfolio() -> None:
    (quote,) = extract_quotes('"We reject any unilateral action," Foreign Relations Secretary Ana Ruiz said.')
    assert quote.party is None, quote.party_evidence
