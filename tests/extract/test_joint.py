"""Joint statements (``briefings.extract.joint``) and the party they are filed under.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CALLED = ' called on the envoys to "stop the escalation at once", in a joint statement on Tuesday.'


@pytest.mark.parametrize(("subject", "party"), [
    ("Germany, France and Italy", "Germany, France and Italy"),  # "France and" is no title of Italy
    ("Italy, France and Germany", "Italy, France and Germany"),  # "Italy" opening a sentence is no adverb
    ("Spain and NATO", "Spain and NATO"),
])
def test_a_joint_statement_of_countries_is_filed_under_all_of_them(subject: str, party: str) -> None:
    (quote,) = extract_quotes(subject + CALLED)
    assert (quote.speaker, quote.party) == (subject, party)


def test_a_member_of_no_stated_party_leaves_the_joint_party_unstated() -> None:
    """Two of three names would file the third's words under the others."""
    (quote,) = extract_quotes("France, Germany and Tomas Brelling" + CALLED)
    assert quote.speaker == "France, Germany and Tomas Brelling"
    assert quote.party is None and "not all stated" in (quote.party_reason or "")
