"""A spokesperson whose phrase holds a department's word ("a department spokesperson", "a
ministry spokesman") is staff of the last body of that kind named before, never of another body
named later ("the Taiwan Relations Act"), a wrong name and party (``issuers._body_named_last``).
A ministry and a department are one kind, the Pentagon one of them (``issuers._other_kind``):
"a department spokesman" after "The Pentagon said" is the Pentagon's, not a bare label."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("lead", "role", "speaker", "party"), [
    ("The U.S. State Department said the sale was consistent with the Taiwan Relations Act.",
     "A department spokesperson", "State Department", "United States"),
    ("Japan's Foreign Ministry said the sale broke the Tokyo Accord.",
     "A ministry spokesman", "Japan's Foreign Ministry", "Japan"),
    # a ministry and a department are one kind, and the Pentagon is one (round 11's attack)
    ("The Pentagon said it would send two more radar systems to the Gulf.",
     "A department spokesman", "Pentagon", "United States"),
    ("The Department of Foreign Affairs summoned the Chinese envoy over the Tokyo Accord.",
     "A ministry spokeswoman", "Department of Foreign Affairs", None),
])
def test_a_department_spokesperson_is_the_departments(lead: str, role: str, speaker: str, party: str) -> None:
    text = f'WASHINGTON - Arms were sold on Monday.\n\n{lead} {role} said the policy "has not changed at all."\n'
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
