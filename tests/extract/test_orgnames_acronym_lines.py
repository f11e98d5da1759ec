"""A body's full name before its acronym in brackets stops at the line it is on
(``briefings.extract.orgnames._ACRONYM_AFTER``): web copy keeps page furniture on lines of its
own ("Advertisement", a headline, a byline), and "Advertisement\\n\\nThe Valdonian Affairs Council
(VAC)" made the speaker `Advertisement\\n\\nThe Valdonian Affairs Council` for every quote the
acronym was given. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BODY = ('The Valdonian Affairs Council (VAC) condemned the drills on Monday, saying they '
        '"seriously undermine peace in the strait."\n\n'
        '"We will not be intimidated by these exercises," the VAC said.')


@pytest.mark.parametrize("before", [
    "Advertisement\n\n",
    "Advertisement\n",
    "Council Slams Drills\n\n",  # a headline in capitals, ending in a body word
    "",
])
def test_the_name_stops_at_its_line(before: str) -> None:
    quotes = extract_quotes(before + BODY)
    assert [q.speaker for q in quotes] == ["Valdonian Affairs Council"] * 2
