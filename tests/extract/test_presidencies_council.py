"""A UN Security Council president speaks for the United Nations, not his country
(``briefings.extract.presidencies``; foreign-dev ANNOTATION_NOTES, party rule 2): "Council
president for the month, Brazilian ambassador X" was filed under Brazil by his title. An EU
presidency stays the presiding country's. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

SAID = '"The members of the Security Council condemn these attacks," {} said.'


@pytest.mark.parametrize("lead", [
    "Council president for the month, Chilean ambassador Rosa Vidal, read the statement.",
    "Security Council president of the month Norwegian U.N. ambassador Rosa Vidal spoke to reporters.",
    "Rosa Vidal, president of the Security Council, spoke to reporters.",
    "Ambassador Rosa Vidal of Chile, which holds the Council presidency this month, spoke to reporters.",
])
def test_the_council_president_speaks_for_the_un(lead: str) -> None:
    (quote,) = extract_quotes(f"{lead}\n\n{SAID.format('Vidal')}")
    assert (quote.speaker, quote.party) == ("Rosa Vidal", "United Nations"), quote.party_evidence


@pytest.mark.parametrize(("lead", "party"), [
    ("Chilean ambassador Rosa Vidal spoke to reporters after the Security Council met.", "Chile"),
    ("Rosa Vidal, president of the European Council, spoke after the Security Council met.", "European Union"),
    # in a story on the EU a bare "Council presidency" may be the EU's
    ("EU ministers met as the Security Council prepared a vote. Rosa Vidal of Chile, which holds the "
     "Council presidency, spoke to reporters.", "Chile"),
])
def test_others_keep_their_party(lead: str, party: str) -> None:
    (quote,) = extract_quotes(f"{lead}\n\n{SAID.format('Vidal')}")
    assert quote.party == party, quote.party_evidence
