"""After an inverted cue, a country's title and its holder: '"...," said Britain's U.N.
Ambassador Jane Roe.' is Jane Roe's. The owner's possessive sent the reading to a title closed
by a comma ("said Kenya's Minister of Health, Jane Roe"), and with no comma the stops of "U.N."
ended a phrase "Britain's U", a confidently wrong name (0.96). Sentences invented for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> (speaker, party) of its one quote
CASES = [
    pytest.param('"This council cannot stay silent," said Britain\'s U.N. Ambassador Jane Roe.',
                 ("Jane Roe", "United Kingdom"), id="a title with stops, no comma"),
    pytest.param('"This council cannot stay silent," said Kenya\'s Foreign Minister Jane Roe.',
                 ("Jane Roe", "Kenya"), id="a title, no comma"),
    pytest.param('"This council cannot stay silent," said Kenya\'s Minister of Health, Jane Roe.',
                 ("Jane Roe", "Kenya"), id="a title closed by a comma, as before"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_holder_of_an_owned_title_after_the_cue(text: str, expected: tuple[str, str]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected
