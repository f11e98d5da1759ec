"""Titles of one country's head of government that news prose writes as role phrases
(``lexicon/role_nouns.txt``: "taoiseach", "tánaiste"; ``Resolver._untitled_role``): "the
Taoiseach said" after "Taoiseach X" was the label `Taoiseach`; it is X. With no holder named it
stays the label of that one country's office (a metonym), as before. ("Amir", the Gulf spelling
of "Emir", is left out: it is a given name too, "Ambassador Amir X".)

Sentences are invented for these tests (real countries and offices, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' would "support dialogue and diplomatic solutions to the crisis."'


@pytest.mark.parametrize(("text", "speaker"), [
    ("DUBLIN - Tanaiste Maire Walsh met the envoy.\n\nThe Tanaiste said Ireland" + QUOTE, "Maire Walsh"),
    ("DUBLIN - Taoiseach Sean Dolan met the envoy.\n\nThe Taoiseach said Ireland" + QUOTE, "Sean Dolan"),
    ("DUBLIN - The envoy arrived on Monday.\n\nThe Taoiseach said Ireland" + QUOTE, "Taoiseach"),
])
def test_a_heads_title_goes_to_its_holder(text: str, speaker: str) -> None:
    quote = extract_quotes(text)[-1]
    assert quote.speaker == speaker, quote.evidence
