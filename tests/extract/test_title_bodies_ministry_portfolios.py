"""A portfolio before "Ministry" in a title names no body: "External Affairs Ministry
spokesperson X" gave the body "External", and the reason "'External' may be a person or a body".
A body's own name before the role is still read. Titles written for the test."""

from __future__ import annotations

import pytest

from briefings.extract.title_bodies import body_in_title

CASES = [
    ("a portfolio of two words", "External Affairs Ministry spokesperson", None),
    ("a portfolio of one word", "Unification Ministry spokesperson", None),
    ("a minister's portfolio", "Home Affairs Minister", None),
    ("a body before two title words", "Hamas Political Bureau member", "Hamas Political Bureau"),
    ("a body before one", "Amnesty International researcher", "Amnesty International"),
]


@pytest.mark.parametrize(("title", "body"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_portfolio_before_a_ministry_is_no_body(title: str, body: str | None) -> None:
    assert body_in_title(title) == body
