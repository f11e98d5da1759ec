"""Words that open a sentence are no part of the body a title names (``briefings.extract.party``):
"But Communist Party deputy X said" gave the party "But Communist Party", "Exiled opposition leader
X" the party "Exiled", and "The Deputy First Minister, X," the party "Deputy First". A function
word and a capitalised participle are dropped, and "First" is a title's modifier as "Prime" is.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' the checks "hurt real people every single day."'


@pytest.mark.parametrize(("subject", "party"), [
    ("But Labour Party deputy Ana Ruiz said", "Labour Party"),
    ("And Green Party leader Ana Ruiz said", "Green Party"),
])
def test_a_conjunction_is_no_part_of_the_body(subject: str, party: str) -> None:
    (quote,) = extract_quotes("The bill passed on Monday.\n\n" + subject + QUOTE)
    assert quote.party == party, quote.party_evidence


@pytest.mark.parametrize("subject", [
    "Exiled opposition leader Vera Lanko said",
    "Jailed opposition leader Vera Lanko said",
    "The Deputy First Minister, Vera Lanko, said",
    "First Minister Vera Lanko said",
])
def test_no_body_from_a_word_capitalised_by_the_sentence(subject: str) -> None:
    (quote,) = extract_quotes("The bill passed on Monday.\n\n" + subject + QUOTE)
    assert quote.speaker == "Vera Lanko"
    assert quote.party not in ("Exiled", "Jailed", "Deputy First", "First"), quote.party_evidence
