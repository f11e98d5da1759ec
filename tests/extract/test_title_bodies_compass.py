"""A compass word is no body (``title_bodies._names_a_body``): "the North's foreign minister, X"
was filed under a body called "North". People are invented; sentences are written for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("text", [
    '"We will not be intimidated," said the North\'s foreign minister, Ri Song-chol.',
    '"We will not be intimidated," the South\'s defence minister Park Min-ho said.',
])
def test_the_norths_minister_is_no_body_called_north(text: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.party not in ("North", "South")
