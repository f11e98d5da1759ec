"""A text that quotes with single marks keeps its house style when one paragraph carries a
quote in double marks (taken from another wire): both kinds are found."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

SINGLE_STYLE = (
    "Ministers met in Valdora on Friday.\n\n"
    "'We will not accept quotas, not today, not ever,' Minister Anna Veld told reporters. "
    "'Our position hasn't changed.'\n\n"
    "Chancellor Otto Brenn said the talks had 'come closer than at any time this year'.\n\n"
    '"We have a text that most countries can live with," said Piet Marr, an envoy.\n')


def test_single_marks_are_read_beside_a_paragraph_in_double_marks() -> None:
    found = {q.quote: q.speaker for q in extract_quotes(SINGLE_STYLE)}
    assert found == {
        "We will not accept quotas, not today, not ever,": "Anna Veld",
        "Our position hasn't changed.": "Anna Veld",
        "come closer than at any time this year": "Otto Brenn",
        "We have a text that most countries can live with,": "Piet Marr",
    }


@pytest.mark.parametrize("text", [
    # a text in double marks: its single marks are apostrophes and quotes within quotes
    ('"We won\'t go back," Minister Anna Veld said. "The \'deal\' is dead."\n\n'
     '"It\'s over," said Otto Brenn.\n\n"Nobody\'s listening," said Piet Marr.\n'),
    # more double marks than single openings: still a text in double marks
    ("Chancellor Otto Brenn called it 'a setback'.\n\n"
     '"We will not sign," Minister Anna Veld said. "Not today."\n'),
])
def test_a_text_in_double_marks_reads_no_single_ones(text: str) -> None:
    quotes = [q.quote for q in extract_quotes(text)]
    assert "deal" not in quotes and "a setback" not in quotes


@pytest.mark.parametrize(("text", "quote"), [
    # elisions open no quote: 'em, 'til, 'cause, '90s
    ('Talks.\n\n"We\'re gonna keep \'em honest \'til the end, \'cause that\'s the job," Sheriff Dale Cobb said.\n',
     "We're gonna keep 'em honest 'til the end, 'cause that's the job,"),
    # single marks nested in a double-quoted quote are the quote's own
    ('Talks.\n\n"They kept telling us \'wait,\' \'be patient\' and \'trust the process,\' and we did," Dale Hunt said.\n',
     "They kept telling us 'wait,' 'be patient' and 'trust the process,' and we did,"),
])
def test_double_quoted_text_with_single_marks_inside(text: str, quote: str) -> None:
    assert [q.quote for q in extract_quotes(text)] == [quote]


def test_single_quotes_outnumbering_quotes_in_double_marks() -> None:
    text = ("LONDON - The Home Secretary, Anna Veld, said the rules were 'fair, firm and fully legal'.\n\n"
            "'We will not let the smuggling gangs decide who comes here,' she told MPs.\n\n"
            "The shadow home secretary, Karl Dorn, called the plan 'a gimmick that will collapse'.\n\n"
            'A French official called the scheme "unworkable" and "a British problem pushed onto France".\n')
    assert [q.speaker for q in extract_quotes(text)] == ["Anna Veld", "Anna Veld", "Karl Dorn", "French official"]
