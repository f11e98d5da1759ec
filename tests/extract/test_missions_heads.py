"""The head of a mission or delegation whose title names no owner speaks for the owner the
article gave the mission before (``briefings.extract.missions``; foreign-dev ANNOTATION_NOTES,
party rule 2): "X, the chief observer," after "the European Union election observation
mission" was filed as independent, and "X, the official in charge of the monitoring
operation," after "the joint mission representing the OSCE, ..." had no party. Two owners, or
none, leave it unknown. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"The count was not transparent," said Ines Prado, {}.'


@pytest.mark.parametrize(("lead", "title", "party"), [
    ("The European Union election observation mission criticised the count on Monday.", "the chief observer",
     "European Union"),
    ("The joint mission representing the Organisation for Security and Cooperation in Europe and the Council "
     "of Europe said the vote was flawed.", "the official in charge of the monitoring operation", "OSCE"),
    ("A delegation of the African Union arrived in the capital on Sunday.", "head of the delegation",
     "African Union"),
])
def test_the_head_speaks_for_the_missions_owner(lead: str, title: str, party: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE.format(title))
    assert (quote.speaker, quote.party) == ("Ines Prado", party), quote.party_evidence


@pytest.mark.parametrize("lead", [
    "The Iranian delegation met the European Union delegation in Vienna.",
    "Talks resumed in Vienna on Monday.",
    "Kyiv welcomed the delegation on Monday.",  # the host, not the owner
])
def test_two_owners_or_none_leave_it_unknown(lead: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE.format("head of the delegation"))
    assert quote.party is None, quote.party_evidence
