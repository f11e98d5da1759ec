"""A dotted initialism ("U.S.", "U.K.") before a title opens it, so "U.S. special envoy X" keeps
its country (``briefings.extract.clause``): without it the title was "special envoy" and X
spoke for no one, or matched "the EU envoy".

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract.article import Article


@pytest.mark.parametrize(("sentence", "role"), [
    pytest.param("U.S. special envoy Ken Doran said it.", "U.S. special envoy", id="U.S."),
    pytest.param("Then U.K. envoy Ken Doran said it.", "U.K. envoy", id="U.K. after a word"),
    pytest.param("Council president Japanese U.N. ambassador Ken Doran said it.", "U.N. ambassador",
                 id="the initialism opens the title, no further back"),
])
def test_a_dotted_initialism_opens_the_title(sentence: str, role: str) -> None:
    person = next(m for m in Article(sentence, []).mentions if m.kind == "person")
    assert person.role == role
