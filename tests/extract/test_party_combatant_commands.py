"""A U.S. combatant command named by its acronym alone ("CENTCOM said in a statement") is a
government body of the United States (``lexicon/national_bodies.txt``); it was filed under a
party "CENTCOM"."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("command", ["CENTCOM", "AFRICOM", "INDOPACOM"])
def test_a_command_is_the_united_states(command: str) -> None:
    quote = extract_quotes(f'DUBAI - A tanker was hit.\n\n"The attack endangered the crew," {command} said.\n')[-1]
    assert (quote.speaker, quote.party) == (command, "United States")
