"""A guard or a police force named by common words ("Border Guard spokeswoman X", "the National
Police said") is a state's organ, as a ministry is: no party unless its country is named (it
was a party of its own, "Border Guard": ``labels.is_state_organ_name``)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "party"), [
    ("Border Guard spokeswoman Anna Michal", None),
    ("the National Police", None),
    ("Polish Border Guard spokeswoman Anna Michal", "Poland"),
    ("a spokesman for the China Coast Guard", "China"),
    ("the Rapid Support Forces", "Rapid Support Forces"),
])
def test_a_guard_or_police_force_is_a_state_organ(subject: str, party: str | None) -> None:
    text = f'WARSAW - Talks went on.\n\n{subject} said there were 300 attempts "in the last 24 hours alone."\n'
    assert extract_quotes(text)[0].party == party
