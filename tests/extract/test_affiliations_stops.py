"""The body a sentence says someone speaks for ends before the sentence's full stop, also after
a digit ("on behalf of the G20.", ``affiliations._without_stop``). Sentences are invented for
these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("body", "party"), [
    # the party was "G20." with the stop
    ("the G20", "G20"),
    ("the G7", "G7"),
    ("Human Rights Watch", "Human Rights Watch"),
])
def test_the_stated_body_ends_before_the_stop(body: str, party: str) -> None:
    text = (f"The communique was read out by Marta Kiel on behalf of {body}. "
            '"Trade must stay open to every member," Kiel said.')
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == ("Marta Kiel", party), quote.party_evidence
