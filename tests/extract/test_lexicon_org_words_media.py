"""A news medium is a body (``lexicon/org_words.txt``: media, television, broadcaster, radio):
"the North's state media warned that … '…'" went to the person the article quoted last (0.73),
as an untitled role phrase stands for the protagonist. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

LEAD = ('Presidential adviser Tomas Brel held an emergency meeting on Monday.\n\n'
        '"We will respond resolutely to this," Brel said after the meeting.\n\n')


@pytest.mark.parametrize("medium", ["state media", "state television", "state-run media", "state broadcaster",
                                    "state radio"])
def test_a_medium_is_nobody_quoted_before(medium: str) -> None:
    text = LEAD + f'Meanwhile, the North\'s {medium} warned of "catastrophic consequences for the warmongers."'
    quote = extract_quotes(text)[-1]
    assert quote.speaker != "Tomas Brel"


@pytest.mark.parametrize("title", ["Radio host", "Media analyst", "State television correspondent"])
def test_a_person_titled_by_a_medium_is_still_named(title: str) -> None:
    text = LEAD + f'{title} Anna Kovic said the meeting was "a sign of real panic in the capital."'
    assert extract_quotes(text)[-1].speaker == "Anna Kovic"
