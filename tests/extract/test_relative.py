"""Quotes inside a relative clause (``briefings.extract.relative``): a free relative clause
with a subject of its own ("for what the organisation called '...'") is that subject's.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_a_what_clause_inside_a_relative_clause_has_its_own_speaker() -> None:
    text = ("The Harbour Safety Group faulted rules made by the Port Authority, which runs the piers, "
            'for what the organisation called "a decade of neglect."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Harbour Safety Group"
