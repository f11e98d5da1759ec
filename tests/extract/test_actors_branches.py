"""A capital before "office", "bureau" or "branch" says where a body's branch is, not whose
government speaks (``briefings.extract.actors``): "head of the Warsaw office of the X" was filed
under Poland. Names are invented; the bodies are real."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("title", "party"), [
    ("head of the Beijing office of Human Rights Watch", "Human Rights Watch"),
    ("director of the Moscow bureau of Amnesty International", "Amnesty International"),
])
def test_a_branch_speaks_for_its_body(title: str, party: str) -> None:
    (quote,) = extract_quotes(f'"Nobody here can speak freely any more," said Maya Lin, {title}.')
    assert quote.party == party, quote.party_evidence
