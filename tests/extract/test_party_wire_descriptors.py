"""Organisations wire copy names by what they do ("the U.N. nuclear watchdog", "the Western
military alliance"): "the U.N. nuclear watchdog said" had no speaker, and "X, head of the U.N.
nuclear watchdog," was filed under the United Nations, not the IAEA. People are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"Inspectors still lack access to the sites,"'

CASES = [
    ("the watchdog speaks", f"{_SAID} the U.N. nuclear watchdog said in a report.", "U.N. nuclear watchdog",
     "International Atomic Energy Agency"),
    ("its head, in an apposition", f"{_SAID} said Ana Ruiz, head of the UN nuclear watchdog.", "Ana Ruiz",
     "International Atomic Energy Agency"),
    ("the watchdog after its acronym", f"The IAEA board met on Monday.\n\n{_SAID} the watchdog said.", "IAEA",
     "International Atomic Energy Agency"),
    ("the alliance by its description", f"{_SAID} the Western military alliance said in a statement.",
     "Western military alliance", "NATO"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_an_organisation_described_by_its_work_is_that_organisation(text: str, speaker: str, party: str) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
