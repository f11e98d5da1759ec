"""After an inverted cue, a possessive that owns a title is never the speaker: '," said Peru's
Minister of Energy, X.' is X's (``attribution.Attributor._holder_after_owned_title``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    # gave the speaker "Peru" (0.94)
    ('"The grid will be ready by winter," said Peru\'s Minister of Energy, Lucia Montes.', "Lucia Montes"),
    ('"The grid will be ready by winter," said Peru\'s Minister for Energy and Mines, Lucia Montes.',
     "Lucia Montes"),
    ('"The grid will be ready by winter," said Peru\'s Energy Minister, Lucia Montes.', "Lucia Montes"),
])
def test_the_holder_after_the_owned_title_speaks(text: str, speaker: str) -> None:
    assert extract_quotes(text)[0].speaker == speaker


def test_an_owned_title_with_no_holder_gives_no_owner() -> None:
    quote = extract_quotes('"The grid will be ready by winter," said Peru\'s Minister of Energy, in Lima.')[0]
    assert quote.speaker != "Peru", quote.evidence
