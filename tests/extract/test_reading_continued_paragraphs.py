"""A quote left open at its paragraph's end goes on in the next paragraph, which opens with the
same mark (``reading._carry_back_continued``): the first part is the speaker's of the part that
closes with the attribution, not the speaker quoted before it (before: the rival quoted just
above, 0.97-0.99, or no one where nobody was quoted above).

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

# text -> the speaker of each quote
CASES = [
    pytest.param(
        "The opposition leader Tomas Brel criticised the plan. \"This is an adventure,\" Brel said.\n\n"
        '"We will not stop until the border is safe. Our plan has three goals.\n\n'
        '"First, to secure the border. Second, to bring refugees home," President Irma Vell said.',
        ["Tomas Brel", "Irma Vell", "Irma Vell"], id="not the rival quoted above"),
    pytest.param(
        "President Irma Vell addressed the nation on Sunday.\n\n"
        "Opposition leader Tomas Brel said the speech was hollow.\n\n"
        "“Our goal is a fairer country. Every citizen has a part in it.\n\n"
        "“We have built roads and ports at a pace never seen before.\n\n"
        "“The world is looking at us with hope,” Vell said.",
        ["Irma Vell", "Irma Vell", "Irma Vell"], id="three paragraphs, curly marks"),
    pytest.param(
        "''The first point is not to use force. The second is to halt all fighting.\n\n"
        "''The third is free access for aid,'' President Irma Vell said after the talks.",
        ["Irma Vell", "Irma Vell"], id="two apostrophes, nobody quoted before"),
    pytest.param(
        'Tomas Brel spoke first. "Read the latest updates below.\n\n'
        "“We are in a virtual tie,” Irma Vell said.",
        ["Tomas Brel", "Irma Vell"], id="another mark opens the next paragraph: no continuation"),
]


@pytest.mark.parametrize(("text", "speakers"), CASES)
def test_a_quote_left_open_is_the_speakers_of_the_part_that_closes(text: str, speakers: list[str]) -> None:
    assert [quote.speaker for quote in extract_quotes(text)] == speakers
