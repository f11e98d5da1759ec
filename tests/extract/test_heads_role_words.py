"""A role phrase finds the person whose title before the name holds its head
(``briefings.extract.heads.role_words``): "Foreign Ministry spokesman X … the spokesman said"
is X, not the body named last in the sentence ("talks with the IAEA") nor "spokesman" as written.

Sentences are invented for these tests (real countries and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.heads import role_words

TEXT = ("Iran's Foreign Ministry spokesman Reza Tavani on Monday called the new sanctions \"unlawful "
        'and self-defeating."\n\n'
        "Asked about talks with the International Atomic Energy Agency (IAEA), the spokesman said work "
        'would go on "within the safeguards agreement and nowhere else."\n\n'
        '"Diplomacy has always been a street with two sides," he added.\n')


def test_the_spokesman_is_the_person_titled_spokesman_before_his_name() -> None:
    quotes = extract_quotes(TEXT)
    assert [q.speaker for q in quotes] == ["Reza Tavani"] * 3


@pytest.mark.parametrize(("text", "expected"), [
    ("State Department spokesman Jon Pell spoke.", ["state", "department", "spokesman"]),
    ("Iran's foreign ministry spokesman Reza Tavani spoke.", ["iran", "foreign", "ministry", "spokesman"]),
    ("Deputy Foreign Minister Ivan Sorin spoke.", ["deputy", "foreign", "minister"]),
])
def test_role_words_of_a_person(text: str, expected: list[str]) -> None:
    person = next(m for m in Article(text, []).mentions_between(0, len(text)) if m.kind == "person")
    assert role_words(person) == expected
