"""What a think-tank title names: a project's subject is no body ("director of the Sahel
programme", ``party._modifies_a_noun``), and an institute's city no government
(``party._located``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("apposition", "party"), [
    # gave the party "Horn of Africa" (0.99)
    ("director of the Horn of Africa project at a research group", None),
    ("head of the Sahel Security programme at a research group", None),
    # gave Sweden, where the institute stands
    ("head of the Lindqvist Institute in Stockholm", "Lindqvist Institute"),
    # a body named after "of", as before
    ("head of the Lindqvist Institute", "Lindqvist Institute"),
    ("a spokeswoman for the Rapid Support Forces", "Rapid Support Forces"),
])
def test_what_the_title_names(apposition: str, party: str | None) -> None:
    quote = extract_quotes(f'"Neither side can win this war," said Lena Holt, {apposition}.')[0]
    assert (quote.speaker, quote.party) == ("Lena Holt", party), quote.party_evidence
