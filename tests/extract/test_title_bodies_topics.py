"""A body's topic after its name is not whom it speaks for (``briefings.extract.title_bodies.
actor_of_title``): "executive director of the Inter-Parliamentary Alliance on China" was filed
under China. Sentences are invented for these tests (invented people and bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

SAID = ' said: "Engagement without conditions is capitulation."'

CASES = [
    pytest.param("Luke Pell, executive director of the Parliamentary Alliance on China," + SAID,
                 "Parliamentary Alliance on China", id="a body's topic"),
    pytest.param("Luke Pell, the head of the Embassy of China," + SAID, "China", id="a body of a country keeps it"),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_a_body_s_topic_is_no_party(text: str, party: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.party == party
