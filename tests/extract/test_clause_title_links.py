"""A title's portfolio after "on" ("Special Rapporteur on Torture X") is part of the title, so
the holder named after it is the cue's subject (``clause._links_a_title``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    # gave the title "UN Special Rapporteur" as the speaker
    ('"The detainees must be released," UN Special Rapporteur on Torture Ines Dahl said.', "Ines Dahl"),
    ('"The detainees must be released," UN Independent Expert on Haiti Ines Dahl said.', "Ines Dahl"),
])
def test_the_holder_after_a_portfolio_on_speaks(text: str, speaker: str) -> None:
    quote = extract_quotes(text)[0]
    assert quote.speaker == speaker, quote.evidence
