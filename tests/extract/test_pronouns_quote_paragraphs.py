""" "X later told reporters she had spoken to Y by phone. ¶ '…,' she said": a paragraph that
opens with a quote and goes on with a pronoun's cue continues the paragraph before, so the
pronoun is the speaker of its last sentence, not the person named after a preposition in it
(``briefings.extract.pronouns``).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

OPENING = ('"The region is paying the price," Foreign Minister Claire Dumont told the Senate.\n\n'
           'Her Algerian counterpart, Karim Benali, said France had "no lessons to give at all."\n\n')


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(OPENING + "Dumont later told reporters she had spoken to Benali by phone.\n\n"
                 '"I told him that we share an interest in stability," she said.\n', "Claire Dumont",
                 id="she after a paragraph whose speaker is a woman"),
    pytest.param(OPENING + "Dumont later told reporters she had spoken to Benali by phone.\n\n"
                 'She said: "We share an interest in stability and in peace."\n', "Claire Dumont",
                 id="a paragraph that opens with the pronoun, as before"),
])
def test_a_quote_paragraph_goes_on_from_the_paragraph_before(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
