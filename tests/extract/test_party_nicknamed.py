"""A person named with a nickname between the given name and the surname ("Chief Minister
Mamata \"Didi\" Banerjee") is a person to the party reader (``briefings.extract.party.party_of``):
the two one-word names made no person mention, so the full name was read as a body's own name and
became the party (`Mamata Banerjee` for Mamata Banerjee, attack12 probe). Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "party"), [
    ('Chief minister Lalita "Didi" Ghoshal said: "Bengal will not bow."', None),
    ('Opposition lawmaker Jomo "Jimmy" Karanja told reporters: "This budget is a disaster."', None),
    ('Indonesian foreign ministry spokesman Rizal "Roy" Hartanto said: "We are monitoring the '
     'situation."\n\n"It is a sad day," Hartanto said later.', "Indonesia"),
])
def test_a_nicknamed_person_is_no_body(text: str, party: str | None) -> None:
    quotes = extract_quotes(text)
    assert quotes and all(q.speaker and " " in q.speaker for q in quotes)
    assert all(q.party == party for q in quotes)
