"""Where a body sits is not whom its staff speak for (``briefings.extract.hosts``): "director
of the Carnegie Middle East Center in Beirut" gave Lebanon, and "an official at the embassy in
Beirut" (a foreign embassy) gave Lebanon too. A government's own
body keeps its country ("the French embassy in Beirut").

Sentences are invented for these tests (real places and bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '"There is a lot of goodwill, but the files are heavy," said Rana Haddad, '

CASES = [
    pytest.param(QUOTE + "director of the Levant Policy Center in Beirut.", "Levant Policy Center",
                 id="a research centre and its city"),
    pytest.param(QUOTE + "head of the Crisis Group office in Beirut.", "Crisis Group", id="a body's office in a city"),
    pytest.param(QUOTE + "an official at the embassy in Beirut.", None, id="an embassy's host is not its country"),
    pytest.param(QUOTE + "an official at the French embassy in Beirut.", "France", id="the embassy's own country"),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_a_body_s_seat_is_not_its_party(text: str, party: str | None) -> None:
    [quote] = extract_quotes(text)
    assert quote.party == party
