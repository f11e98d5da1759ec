""""states" is a cue only in lower case right after a quote and its capitalised subject
('"…," the Commission states in its press release'), so a long quote's own attribution is
read instead of a speaker inherited from the paragraph before; "member states" and "the United
States" stay nouns (``briefings.extract.attribution``).

Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BEFORE = ("The tariffs were announced by the President of the United States, Donald Trump, on Monday. "
          "The US President said they would start in April.\n\n")


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param(BEFORE + '"Tariffs are taxes and they hurt the people who pay them," the Commission '
                 "states in its press release.\n", "Commission", id="a body states, after a long quote"),
    pytest.param(BEFORE + '"We will answer this measure in kind and soon," Ana Ruiz states.\n',
                 "Ana Ruiz", id="a person states"),
])
def test_states_after_a_quote_is_its_cue(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker


@pytest.mark.parametrize(("text", "speaker"), [
    pytest.param('The treaty "binds all the parties from the first day," EU member states said.\n', "EU",
                 id="member states said: the cue is said"),
    pytest.param('"We will not pay twice for one crossing," said Ana Ruiz, who visited the United States.\n',
                 "Ana Ruiz", id="the United States is no cue"),
])
def test_states_as_a_noun_is_no_cue(text: str, speaker: str) -> None:
    assert extract_quotes(text)[-1].speaker == speaker
