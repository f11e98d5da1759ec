"""A family name written first and later used with a title alone ("Judge Sato Kenji" …
"Judge Sato said") goes to the full name: the titled one-word mention is no one else's surname
(``fullnames.family_name_first``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

LATER = ' "The harm to civilians has grown since the last order," {} said.'


@pytest.mark.parametrize(("first", "later", "speaker"), [
    # stayed "Sato"
    ("The court's president, Judge Sato Kenji, read the order.", "Judge Sato", "Sato Kenji"),
    ("Ambassador Park Min-jun handed over the letter.", "Ambassador Park", "Park Min-jun"),
    # someone else has it as a surname: the rule stays out
    ("Judge Sato Kenji read the order, and the lawyer Emi Sato replied.", "Sato", "Emi Sato"),
])
def test_a_titled_family_name_goes_to_the_full_name(first: str, later: str, speaker: str) -> None:
    quote = extract_quotes(first + LATER.format(later))[-1]
    assert quote.speaker == speaker, quote.evidence
