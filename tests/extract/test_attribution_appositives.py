"""An appositive may hold an acronym in brackets (``briefings.extract.attribution._APPOSITIVE_GAP``):
"X, an expert at the Institute of A and B (IAB), said" is X's, not a name read out of the
institute's title ("Strategic Relations" at 0.99).

Sentences are invented for these tests (invented people and bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("text", [
    pytest.param("Nadia Ferhat, an expert at the Paris-based Institute of Regional and Strategic Studies "
                 '(IRSS), said "the ties are at their lowest point in decades."', id="acronym inside"),
    pytest.param("Nadia Ferhat, an expert at the Paris-based Institute of Regional and Strategic Studies, "
                 'said "the ties are at their lowest point in decades."', id="no acronym"),
])
def test_the_name_before_an_appositive_with_an_acronym_is_the_speaker(text: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == "Nadia Ferhat"
