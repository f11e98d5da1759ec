"""A noun phrase set off from its cue by a clause is the cue's subject: "The officer, who
declined to be named, said Beijing '...'" is the officer's, never Beijing's. The comma that
closes the clause made the name after the cue read as an inverted subject ('"...," said X'), a
confidently wrong name (0.94). The phrase may carry a nationality ("A senior Chinese military
officer") and end before a relative pronoun ("An officer who ..."), as ``phrases.determiner_phrase``
reads it. Sentences invented for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> speaker of its one quote (None: no name, never the name after the cue)
CASES = [
    pytest.param('A military officer, speaking on condition of anonymity, said Beijing "remains on high alert '
                 'and ready."', "military officer", id="a participle clause"),
    pytest.param('A senior Chinese military officer, who declined to be named, said the army "remains on high '
                 'alert and ready."', "senior Chinese military officer", id="a nationality among the modifiers"),
    pytest.param('An officer who declined to be named said Beijing "remains on high alert and ready."', "officer",
                 id="a relative clause without commas"),
    pytest.param('The officer, who declined to be named, said Beijing "remains on high alert and ready."', None,
                 id="a definite phrase no one named holds: unsure, not Beijing"),
    pytest.param('"We remain on high alert and ready," said Wu Qian, a spokesman.', "Wu Qian",
                 id="an inverted subject after a quote stays"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_the_phrase_before_a_set_off_clause_is_the_subject(text: str, speaker: str | None) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker
