"""A role phrase with a body's acronym ("the FO spokesperson") is not a person whose titles name
another body (``briefings.extract.heads._another_acronym``): after "the Taliban's spokesperson,
Zabihullah X", "the FO spokesperson said" went to him (0.71). Sentences are invented for these
tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


def test_an_acronym_of_another_body() -> None:
    text = ("The Taliban's spokesperson, Zabihullah Karimi, welcomed the move.\n\n"
            'The FO spokesperson said Korva "hopes the interim government will act against the groups."')
    assert extract_quotes(text)[-1].speaker != "Zabihullah Karimi"


@pytest.mark.parametrize("lead", [
    "External Affairs Ministry spokesperson Ravi Jaiswar spoke on Friday.",  # the initials spell it
    "MEA spokesperson Ravi Jaiswar spoke on Friday.",  # the acronym is in the title
])
def test_the_same_body(lead: str) -> None:
    text = lead + '\n\n"We have always maintained that peace is essential," the MEA spokesperson said.'
    assert extract_quotes(text)[-1].speaker == "Ravi Jaiswar"
