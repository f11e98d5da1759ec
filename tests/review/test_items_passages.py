"""The passage marked around a proposed item in its archived article is the item's sentence:
from a sentence's or a paragraph's start to its end (``review.items.passage_span``). A sentence
that ends with a quote ('he said: "All options are on the table."') had no ". " to stop at, so
the mark ran 200 characters either way and began mid-word. Text invented for the test."""

from __future__ import annotations

import pytest

from briefings.review.items import closest_passage, passage_span

ARTICLE = ('Kim said Friday that the launch was "a grave provocation."\n'
           '"We are watching," Kim told a committee.\n'
           'Asked whether Seoul would act, he said: "All options are on the table."\n'
           "Meanwhile, state media quoted the leader. Q: Will the talks resume?")

# the item's words -> the passage marked
CASES = [
    pytest.param("All options are on the table.", 'Asked whether Seoul would act, he said: "All options are on the '
                 'table."', id="a sentence that ends with a quote, in its paragraph"),
    pytest.param("We are watching", '"We are watching," Kim told a committee.', id="a paragraph of one sentence"),
    pytest.param("state media quoted the leader", "Meanwhile, state media quoted the leader.",
                 id="a sentence that ends with a stop"),
]


@pytest.mark.parametrize(("needle", "passage"), CASES)
def test_the_passage_is_the_sentence(needle: str, passage: str) -> None:
    span = passage_span(ARTICLE, needle)
    assert span is not None
    assert ARTICLE[span[0]:span[1]] == passage


def test_the_command_line_passage_too() -> None:
    assert closest_passage(" ".join(ARTICLE.split()), "All options are on the table.") == \
        'Asked whether Seoul would act, he said: "All options are on the table."'
