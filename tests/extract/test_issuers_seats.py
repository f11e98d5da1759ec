"""A seat of government speaks as a body (``lexicon/org_words.txt``): "the presidential palace
said" went to the Sejm's speaker quoted just before (0.78), as the article's protagonist, because
"palace" was no body word. "Palace" and "chancellery" now are. Sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BEFORE = 'Speaker Jan Wrona appealed for calm. "This is a parliament, not a stadium," he said.\n\n'


@pytest.mark.parametrize("body", ["the presidential palace", "the chancellery"])
def test_a_seat_of_government_is_not_the_last_speaker(body: str) -> None:
    text = BEFORE + f'In a statement after the vote, {body} said the law "will not be signed in this form."'
    _, quote = extract_quotes(text)
    assert quote.speaker != "Jan Wrona", quote.evidence
