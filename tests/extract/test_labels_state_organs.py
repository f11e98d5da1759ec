"""A government's ministry, embassy or consulate named without its country ("the External
Affairs Ministry said") was filed as a party of its own name; a ministry is never a party (the
government is), so with no country in its name the party is null with a reason. With the
country it is that country. Bodies are named by what they do; sentences written for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_QUOTE = '"We reject these remarks as baseless and unwarranted,"'

CASES = [
    ("a ministry by its portfolio", f"{_QUOTE} the External Affairs Ministry said.", "External Affairs Ministry", None),
    ("a ministry with its country", f"{_QUOTE} the Indian External Affairs Ministry said.",
     "Indian External Affairs Ministry", "India"),
    ("an embassy with its country", f"{_QUOTE} the Kenyan Embassy said.", "Kenyan Embassy", "Kenya"),
    ("an aid group keeps its name", f"{_QUOTE} the Norwegian Refugee Council said.", "Norwegian Refugee Council",
     "Norwegian Refugee Council"),
]


@pytest.mark.parametrize(("text", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_ministry_is_never_a_party_of_its_own(text: str, speaker: str, party: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
    assert quote.party_evidence if party else "does not say which country" in (quote.party_reason or "")
