"""A capitalised run that ends in a body's word is a body, not a person: "the Carnegie
Endowment said" is the endowment's, and a body speaks for itself."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("body", ["Valdora Endowment", "Valdora Nature Conservancy"])
def test_a_run_ending_in_a_body_word_is_a_body(body: str) -> None:
    text = f'Talks ended in Geneva.\n\nThe {body} said in a report that the deal was "a good first step".\n'
    found = extract_quotes(text)
    assert [(q.speaker, q.party) for q in found] == [(body, body)]
