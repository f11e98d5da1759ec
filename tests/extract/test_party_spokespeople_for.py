"""A label "spokesman for X" (``aides.spokesperson_for``) speaks for X's party, as "X's office"
does (``party._principal``): it had none though X's was read."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("apposition", "party"), [
    ("the Turkish president", "Turkey"),
    ("a veteran politician", None),  # X's party unstated: none for the spokesman either
])
def test_a_spokesman_for_a_person_speaks_for_their_party(apposition: str, party: str | None) -> None:
    text = ("ANKARA - Talks went on.\n\n"
            '"The meeting was positive and constructive," a spokesman for President Karl Dorn said. '
            f'Karl Dorn, {apposition}, had said the talks were "long overdue by now."\n')
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == ("spokesman for Karl Dorn", party)
