"""A headline's verb is no modifier of a title (``briefings.extract.titles._actor_before_modifier``):
in "Kremlin says Erdogan agreed to new talks", "Kremlin says" was read as Erdogan's title, as
"Lebanese caretaker" is a Prime Minister's, and his words were filed under Russia (0.98).

Sentences are invented for these tests (real bodies and places, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    pytest.param('Kremlin says Omer Tekin agreed to new talks\n\nOmer Tekin told reporters that "the path to peace '
                 'runs through diplomacy."', None, id="a headline's verb before the name"),
    pytest.param('Lebanese caretaker Prime Minister Omar Saad said the talks were "the last chance for peace."',
                 "Lebanon", id="a modifier of a title keeps its actor"),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_a_headline_verb_is_no_title(text: str, party: str | None) -> None:
    assert extract_quotes(text)[-1].party == party
