"""Which words are reporting cues (``attribution.Attributor.cues``). Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    # "maintain" with an object reports nothing: "Israel" (its subject) was the speaker (0.86)
    ("The office said in a statement that Dana Levi had told the envoy that Israel would maintain "
     'security control "for the foreseeable future."', "Dana Levi"),
    ("Dana Levi told the envoy that Spain would maintain its forces in the region "
     '"for as long as it takes."', "Dana Levi"),
    # before "that", a colon, a comma or the quote it still reports
    ('Dana Levi maintained: "We did nothing wrong at any point."', "Dana Levi"),
    ('Dana Levi maintained that the army had "done nothing wrong at any point."', "Dana Levi"),
    ('"We did nothing wrong at any point," Dana Levi maintained.', "Dana Levi"),
])
def test_maintain_reports_only_a_clause(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker, quote.evidence
