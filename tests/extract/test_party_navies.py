"""A navy named with its country's adjective is that country's organ, as an army is: "the
Indonesian Navy said" and "Indonesian Navy spokesman X" were filed under a body "Indonesian Navy"
(read as a name like "Turkish Airlines", since "navy" was no body word). Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("sentence", "speaker", "party"), [
    ('"We drove it out," the Indonesian Navy said.', "Indonesian Navy", "Indonesia"),
    ('"We drove it out," Indonesian Navy spokesman Tunggul Supa said.', "Tunggul Supa", "Indonesia"),
    ('"We drove it out," the Indonesian Army said.', "Indonesian Army", "Indonesia"),
    ('"We fly every day," Turkish Airlines said.', "Turkish Airlines", "Turkish Airlines"),
])
def test_a_navy_is_its_countrys(sentence: str, speaker: str, party: str) -> None:
    quote = extract_quotes(f"JAKARTA - A ship came on Monday.\n\n{sentence}\n")[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
