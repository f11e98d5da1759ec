"""A member of a parliament named with their party ("a Lithuanian MEP from the centre-right
European People's Party (EPP)", "an MP from the Labour Party") speaks for that party, as an MEP
speaks for her group (foreign-dev notes, party rule 5); it was null. Titles written for the
test."""

from __future__ import annotations

import pytest

from briefings.extract.title_bodies import body_after_title

CASES = [
    ("an MEP and her group", "a Lithuanian MEP from the centre-right European People's Party",
     "European People's Party"),
    ("an MP", "an MP from the Labour Party", "Labour Party"),
    ("a lawmaker of a party", "a lawmaker of the ruling Unity Party", "Unity Party"),
    ("a lawmaker from a town", "a lawmaker from the northern town", None),
]


@pytest.mark.parametrize(("title", "body"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_member_from_a_party(title: str, body: str | None) -> None:
    assert body_after_title(title) == body
