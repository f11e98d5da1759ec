"""Title words read back from a name stop at another person's surname as they stop at a full
name: in "Germany's Dorn and Poland's Veld clash" Veld's title is "Poland's", not the run
from the first country; a country's own name ("France's U.N. Ambassador X") stops nothing."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "party"), [
    ("Germany's Dorn and Poland's Veld clash over border checks\n\n"
     'Chancellor Karl Dorn spoke first.\n\nAnna Veld said the move was "not how neighbours treat each other".\n',
     "Poland"),
    ("Talks ended.\n\n"
     '"The council has to be up to its responsibility," France\'s U.N. Ambassador Jean-Marc Lamy said.\n',
     "France"),
])
def test_a_title_read_back_stops_at_another_name(text: str, party: str) -> None:
    assert [q.party for q in extract_quotes(text)] == [party]
