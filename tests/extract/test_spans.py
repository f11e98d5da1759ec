"""Quotation marks of international house styles, and quotes over a hard line break."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "quote"), [
    # the spaces French style sets inside « » are no part of the words
    ("Minister Anna Veld said: « We will not sign this text today », after the talks.",
     "We will not sign this text today"),
    ("Minister Anna Veld said: «\u00a0We will not sign this text today\u202f», after the talks.",
     "We will not sign this text today"),
    ("Minister Anna Veld said: „ We will not sign this text today “, after the talks.",
     "We will not sign this text today"),
    ("Minister Anna Veld said: „We will not sign this text today“, after the talks.",
     "We will not sign this text today"),
    ("Minister Anna Veld said: „We will not sign this text today”, after the talks.",
     "We will not sign this text today"),
    ("Minister Anna Veld said: ''We will not sign this text today,'' after the talks.",
     "We will not sign this text today,"),
    ("Minister Anna Veld left.\n'We will not sign this text today,' she said. 'Nor will we sign "
     "it next week,' she added.", "We will not sign this text today,"),
])
def test_house_style_marks(text: str, quote: str) -> None:
    found = extract_quotes(text)
    assert found[0].quote == quote and found[0].speaker == "Anna Veld"


def test_a_quote_runs_over_a_hard_line_break_inside_its_sentence() -> None:
    text = 'Minister Anna Veld said: "We will not sign this text\ntoday, or any day soon," after the talks.'
    found = extract_quotes(text)
    assert [q.quote for q in found] == ["We will not sign this text\ntoday, or any day soon,"]
    assert found[0].speaker == "Anna Veld"


def test_a_line_that_ends_a_sentence_still_ends_its_paragraph() -> None:
    text = ('Minister Anna Veld said: "We will not sign this text today.\n'
            'Nor will we sign it next week," she added.')
    assert [q.quote for q in extract_quotes(text)][0] == "We will not sign this text today."


@pytest.mark.parametrize(("text", "quotes"), [
    # "terms' and": a mark after an s closes the quote when no noun can follow it
    ("Anna Veld said the minister had 'misled parliament about the terms' and called for a vote. "
     "'She has lost the trust of this house,' she said.",
     ["misled parliament about the terms", "She has lost the trust of this house,"]),
    # "the workers' rights": a plural possessive inside a quote leaves it open
    ("Anna Veld said the plan 'puts the workers' rights first and the bosses last', after the vote.",
     ["puts the workers' rights first and the bosses last"]),
])
def test_single_marks_after_an_s(text: str, quotes: list[str]) -> None:
    assert [q.quote for q in extract_quotes(text)] == quotes
