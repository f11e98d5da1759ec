"""An adjective of a religious family before a title is no body: "Ecumenical Patriarch X" was
filed under a party "Ecumenical", "Evangelical bishop X" under "Evangelical". A body's name
before a title still is one. Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract.title_bodies import body_in_title


@pytest.mark.parametrize(("title", "body"), [
    ("Ecumenical Patriarch", None),
    ("Evangelical bishop", None),
    ("Hamas spokesman", "Hamas"),
    ("Amnesty International researcher", "Amnesty International"),
])
def test_a_religious_adjective_is_no_body(title: str, body: str | None) -> None:
    assert body_in_title(title) == body
