"""A person's office is named "<full name> office", the project's convention
(``tests/extract/test_attribution_styles.py``: "Ilse Varga office"), and speaks for whom its
principal's title names. "Chief of Staff Anna Berg ... Berg's office said" gave `Staff Anna
Berg office`: the portfolio was read into the name (``names._title_cut``). Sentences are
invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

SAID = ' Berg\'s office said the visit had been "constructive and frank".'


@pytest.mark.parametrize(("introduction", "speaker", "party"), [
    ("Chief of Staff Anna Berg flew to Kyiv on Monday.", "Anna Berg office", None),
    ("Swedish Prime Minister Anna Berg flew to Kyiv on Monday.", "Anna Berg office", "Sweden"),
    ("Anna Berg, Sweden's prime minister, flew to Kyiv on Monday.", "Anna Berg office", "Sweden"),
])
def test_a_persons_office(introduction: str, speaker: str, party: str | None) -> None:
    quote = extract_quotes(introduction + SAID)[-1]
    assert (quote.speaker, quote.party) == (speaker, party), quote.party_reason
