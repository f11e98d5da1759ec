"""A name before a sentence's full stop (``briefings.extract.actors.actors_in``): the word
"Portugal." matched no table, so a country named last in a sentence counted as not named
wherever running text was read; an abbreviation keeps its stops."""

from __future__ import annotations

import pytest

from briefings.extract.actors import actor_in


@pytest.mark.parametrize(("phrase", "actor"), [
    ("officials in Portugal.", "Portugal"),
    ("talks held in Washington.", "United States"),
    ("a statement by the UN.", "United Nations"),
    ("the U.S.", "United States"),
    ("U.S. officials", "United States"),
])
def test_a_name_before_a_full_stop_is_read(phrase: str, actor: str) -> None:
    found = actor_in(phrase)
    assert found is not None and found[0] == actor
