"""A compass word before a country's name makes a region, not that country's government
(``briefings.extract.actors``, ``lexicon/compass_words.txt``): "the Northern Ireland Office"
was filed under Ireland. Names are invented or real bodies."""

from __future__ import annotations

import pytest

from briefings.extract.actors import actors_in


@pytest.mark.parametrize("phrase", ["the Northern Ireland Office", "Northern Cyprus officials",
                                    "the Eastern Ukraine Relief Fund"])
def test_a_region_of_a_country_is_no_government(phrase: str) -> None:
    assert actors_in(phrase) == []

