"""Whoever quotes or cites a person "as saying" relays that person's words
(``briefings.extract.relay.quoted_author``): the quote goes to the person, and the evidence
says who relayed it.

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> speaker of its one quote
CASES = [
    pytest.param('Talks resumed. The Kremlin issued a statement citing Jan Brel as saying "we will '
                 'not bow to pressure from anyone."', "Jan Brel", id="a statement citing X as saying"),
    pytest.param("Talks resumed. The Daily Courier quoted Jan Brel as saying the talks were \"a waste "
                 "of everyone's time and money.\"", "Jan Brel", id="a paper quoted X as saying"),
    pytest.param('"We will not bow to pressure from anyone," the statement quoted Jan Brel as saying.',
                 "Jan Brel", id="quote first, then the relay"),
    pytest.param("Talks resumed. The Daily Courier quoted figures showing the talks were \"a waste of "
                 "everyone's time and money.\"", "Daily Courier", id="no one quoted as saying"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_words_quoted_as_someones_go_to_that_person(text: str, speaker: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker == speaker


def test_the_evidence_names_the_relay() -> None:
    [quote] = extract_quotes('Talks resumed. The Kremlin issued a statement citing Jan Brel as saying '
                             '"we will not bow to pressure from anyone."')
    assert "'Kremlin' quotes 'Jan Brel' as saying" in quote.evidence
