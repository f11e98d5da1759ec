"""A dotted initialism is one word of a subject phrase (``phrases._TOKEN``): "The U.S.-trained
pilot told reporters" was cut at the stop to "The U" and gave the quote to a body "U" (0.88).
Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker"), [
    ('The U.S.-trained pilot told reporters: "We flew every mission we were asked to fly."',
     "U.S.-trained pilot"),
    ('A U.S.-backed commander said the offensive "will end before the rains come".', "U.S.-backed commander"),
    ("The U.N.-run school's director said the shelling \"came without any warning at all\".",
     "U.N.-run school's director"),
])
def test_an_initialism_stays_in_its_phrase(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker, quote.evidence
    assert quote.party not in ("U", "U.S.", "U.N."), quote.party_evidence
