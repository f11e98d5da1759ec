"""An official put in office by a government speaks for it: "the Russian-installed governor of
the Kherson region" and "the Ukrainian-appointed head of the regional administration" had no
party (or the dateline's country). A leader a government backs speaks for what they lead, not
for it. People are invented."""

from __future__ import annotations

import pytest

from briefings.extract.actors import actor_in

CASES = [
    ("installed", "the Russian-installed governor of the region", ("Russia", "country")),
    ("appointed", "the Ukrainian-appointed head of the regional administration", ("Ukraine", "country")),
    ("backed", "the Russian-backed leader of the separatists", None),
    ("a country's name", "the Kenya-appointed envoy", ("Kenya", "country")),
]


@pytest.mark.parametrize(("title", "actor"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_put_in_office_by_a_government(title: str, actor: tuple[str, str] | None) -> None:
    assert actor_in(title) == actor
