"""A retired officer holds the office no longer (``briefings.extract.party._FORMER``): "A retired
colonel of the People's Army of Vietnam, X, wrote" was filed under Vietnam, once "colonel" became
a title word. Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("title", "party"), [
    ("A retired colonel of the Polish Army", None),
    ("A retired general of the Polish Army", None),
    ("A serving colonel of the Polish Army", "Poland"),
])
def test_a_retired_officer(title: str, party: str | None) -> None:
    quote = extract_quotes(f'{title}, Jan Wrona, wrote in an essay that "silence only invites more pressure".')[-1]
    assert (quote.speaker, quote.party) == ("Jan Wrona", party), quote.party_evidence
