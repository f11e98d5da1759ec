"""A body's name with "of the" inside is part of the title before a name
(``briefings.extract.clause``): in "Servant of the People faction head X replied that …", X was read
after the preposition "of", so the party's first word, "Servant", was taken as the speaker (0.79)
and the "He" after went to the MP quoted before. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("title", ["Servant of the People faction head", "Union of the Right whip"])
def test_the_person_after_such_a_title_is_the_subject(title: str) -> None:
    text = ('Opposition MP Vera Lanko said the vote "must have a date."\n\n'
            f'{title} Ivan Petrenko replied that elections were "impossible in wartime." '
            'He said: "You cannot vote in a trench."')
    _, second, third = extract_quotes(text)
    assert (second.speaker, third.speaker) == ("Ivan Petrenko", "Ivan Petrenko"), second.evidence
