"""A minister in office speaks for the government, not for the party they lead or belong to
(``briefings.extract.party._minister_of_a_party``): "Finance Minister X, who heads the Y
party" was filed under the Y party. The country is read from the office; where the article
names none, the party stays unknown, with the reason. A shadow minister or a party leader
out of office keeps the party.

Sentences are invented for these tests (real countries, invented people and parties)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

SAID = ' said the deal was "a catastrophe for our security."'

CASES = [
    pytest.param("Finance Minister Dan Tal" + SAID + " Tal, who heads the Unity Front party, demanded more.",
                 None, id="no country stated: unknown, not the party"),
    pytest.param("Israeli Finance Minister Dan Tal, who heads the Unity Front party," + SAID, "Israel",
                 id="the country of the office"),
    pytest.param("Justice Minister Ana Berg of the Green Party" + SAID, None, id="a minister 'of the party'"),
    pytest.param("Shadow Foreign Minister Ana Berg of the Green Party" + SAID, "Green Party",
                 id="a shadow minister is in opposition"),
    pytest.param("Green Party leader Ana Berg" + SAID, "Green Party", id="a party leader, no office"),
]


@pytest.mark.parametrize(("text", "party"), CASES)
def test_a_minister_speaks_for_the_government(text: str, party: str | None) -> None:
    quote = extract_quotes(text)[0]
    assert quote.party == party
    if party is None:
        assert "a minister" in (quote.party_reason or "")
