"""A lower-case role, "for"/"to" and an office before a name make the name the office's holder,
not the speaker (``clause._serves_the_holder``): "a spokesman for Kenyan President William
Otieno said" gave the president the spokesman's words (0.99). A portfolio or a place after "for"
("Minister for Foreign Affairs", "Special Envoy for Syria") is the holder's own title. Sentences
are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "holder"), [
    ('"We will not be intimidated by threats," a spokesman for Kenyan President William Otieno said on Monday.',
     "William Otieno"),
    ('A spokeswoman for Prime Minister Ana Duarte said the plan "was never on the table at all".', "Ana Duarte"),
    ('An adviser to President Lena Markov told reporters the deal "is dead for now, sadly".', "Lena Markov"),
])
def test_the_holder_is_not_the_speaker(text: str, holder: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker != holder, quote.evidence


@pytest.mark.parametrize(("text", "speaker"), [
    ('Minister for Foreign Affairs Ali Khan said the visit "will open a new chapter for both nations".',
     "Ali Khan"),
    ('Special Envoy for Syria Geir Pedersen said the talks "must resume without preconditions".', "Geir Pedersen"),
])
def test_a_portfolio_after_for_is_the_holders_own(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker, quote.evidence
