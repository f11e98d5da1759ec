"""Hyphened titles ("Director-General", "Commissioner-General", "Attorney-General") are titles,
cut off the holder's name like "Secretary-General" (``lexicon/title_words.txt``,
``names._title_cut``); an Under-Secretary-General is the UN's, unless the article names another
body (``lexicon/organisations.txt``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "speaker", "party"), [
    # the whole run was the speaker's name: "WHO Director-General Amadou Keita"
    ('"Measles is back in the camps," WHO Director-General Amadou Keita told reporters.',
     "Amadou Keita", "World Health Organization"),
    ('"Our schools are shelters now," UNRWA Commissioner-General Pierre Lazare said.', "Pierre Lazare", "United Nations"),
    ('"The charges will stand," Kenya\'s Attorney-General Ruth Wambui said.', "Ruth Wambui", "Kenya"),
    # no party was read from the rank
    ('"Aid must reach the north," said Marta Olsen, the Under-Secretary-General for Humanitarian Affairs.',
     "Marta Olsen", "United Nations"),
    ('"Aid must reach the north," said Marta Olsen, the Under-Secretary-General of the Arab League.',
     "Marta Olsen", "Arab League"),
])
def test_a_hyphened_title_is_cut_off_the_name(text: str, speaker: str, party: str) -> None:
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == (speaker, party), quote.party_evidence
