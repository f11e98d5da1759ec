"""South Korea's Ministry of Unification is the one body of that name: "Unification Ministry
spokesperson X" and "the Ministry of Unification said" speak for South Korea (the ministry was
filed as a party of its own, the spokesperson under none)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("text", [
    'SEOUL - Talks.\n\nUnification Ministry spokesperson Koo Min-ho said the North should "come back to dialogue".\n',
    'SEOUL - Talks.\n\nThe Ministry of Unification said in a statement it would "keep the door open for talks".\n',
])
def test_the_unification_ministry_is_south_korea_s(text: str) -> None:
    assert [q.party for q in extract_quotes(text)] == ["South Korea"]
