"""Reported speech with a coordinated subject is one joint speaker, as a quoted one is
(``reading._record_reported_speech``, ``joint.coordinated``). Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"The two ministers condemned the test and agreed to respond together," the statement said.'


@pytest.mark.parametrize(("lead", "speaker"), [
    # the statement went to the last member alone, "South Korea" (0.93)
    ("Japan and South Korea said in a joint statement after the call that they were united.",
     "Japan and South Korea"),
    ("Kenya, Uganda and Tanzania said in a joint statement that the border would stay open.",
     "Kenya, Uganda and Tanzania"),
    ("Japan said in a statement after the call that it was ready.", "Japan"),
])
def test_the_statement_of_a_joint_subject_is_theirs(lead: str, speaker: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE)
    assert (quote.speaker, quote.party) == (speaker, speaker), quote.evidence
