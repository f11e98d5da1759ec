"""A country inside the name of a group outside government is no government
(``briefings.extract.actors._in_an_academic_name``, ``lexicon/non_state_words.txt``): "the Free
Syrian Army said" and "the Syrian Observatory for Human Rights said" were filed under Syria
(0.98), and "a manager at the Open Society Georgia Foundation" under Georgia (0.94). Each now
speaks for itself. Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "party"), [
    ("The Free Syrian Army", "Free Syrian Army"),
    ("The Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
    ("The Belarusian Liberation Front", "Belarusian Liberation Front"),
    # a government's own bodies keep their country
    ("The Syrian Army", "Syria"),
    ("The Syrian Foreign Ministry", "Syria"),
])
def test_a_body_named_with_a_country(subject: str, party: str) -> None:
    quote = extract_quotes(f'{subject} said its units had "repelled an attack near the river".')[0]
    assert quote.party == party, quote.party_evidence


def test_staff_of_a_foundation_named_with_a_country() -> None:
    quote = extract_quotes('"The law copies the one passed in Moscow," said Ana Beridze, a programme manager at the '
                           'Open Society Georgia Foundation.')[0]
    assert (quote.speaker, quote.party) == ("Ana Beridze", "Open Society Georgia Foundation")
