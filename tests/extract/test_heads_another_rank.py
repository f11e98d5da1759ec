"""A role phrase does not stand for a person whose title is another office of the same name:
"the Home Secretary" is not the "shadow home secretary", "the minister" not the "deputy
minister"; with no one else titled so, the speaker is left empty, never the other office."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("holder", "role"), [
    ("the shadow home secretary, Yvonne Carr", "the Home Secretary"),
    ("Deputy Foreign Minister Yvonne Carr", "the foreign minister"),
    ("the vice president, Yvonne Carr", "the president"),
    ("Former Prime Minister Yvonne Carr", "the prime minister"),
    ("Vice-Chancellor Yvonne Carr", "the chancellor"),
    ("Labour deputy leader Yvonne Carr", "the Labour leader"),
])
def test_a_role_is_not_the_holder_of_another_rank(holder: str, role: str) -> None:
    text = (f"Ministers met in Valdora on Friday, with {holder}, among them.\n\n"
            f'{role[0].upper()}{role[1:]} said the agreement was "a turning point in our cooperation".\n')
    assert [q.speaker for q in extract_quotes(text)] != ["Yvonne Carr"]


def test_the_same_rank_still_resolves() -> None:
    text = ("Ministers met in Valdora on Friday, with the shadow home secretary, Yvonne Carr, among them.\n\n"
            'The shadow home secretary said the agreement was "a turning point in our cooperation".\n')
    assert [q.speaker for q in extract_quotes(text)] == ["Yvonne Carr"]
