"""People in private occupations speak for themselves (``lexicon/independent_roles.txt``, read
by ``briefings.extract.labels.speaks_for_self``): "Turkish businessman X" and "Iranian chess
player X" were filed under Turkey and Iran, as if the nationality before the occupation were a
government's title. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("title", "party"), [
    ("Turkish businessman", "independent"),
    ("Iranian chess player", "independent"),
    ("Georgian wrestler", "independent"),
    ("Russian tourist", "independent"),
    # an office keeps its country
    ("Turkish Trade Minister", "Turkey"),
    ("Iranian diplomat", "Iran"),
])
def test_a_nationality_before_an_occupation(title: str, party: str) -> None:
    quote = extract_quotes(f'{title} Deniz Aral said the ruling was "a disgrace to the whole system".')[0]
    assert (quote.speaker, quote.party) == ("Deniz Aral", party), quote.party_evidence
