"""A chief or head of observers speaks for the mission they lead, never for themselves
(``briefings.extract.labels.speaks_for_self``): "X, the chief observer," of an election mission
was filed as "independent" like a political observer. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.labels import speaks_for_self


@pytest.mark.parametrize(("title", "own"), [
    ("the chief observer", False),
    ("the head observer", False),
    ("a deputy chief observer", False),
    ("a political observer", True),
    ("an observer in Nairobi", True),
])
def test_who_speaks_for_themselves(title: str, own: bool) -> None:
    assert speaks_for_self(title) is own


def test_the_chief_observer_is_no_independent() -> None:
    (quote,) = extract_quotes('"Results were altered at many centres," said Ines Prado, the chief observer.')
    assert quote.party is None, quote.party_evidence
