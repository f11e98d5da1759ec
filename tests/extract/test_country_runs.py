"""A country's formal name is one name (``briefings.extract.country_runs``): a run of capitals
broke at "of", so "Democratic Republic of the Congo Foreign Minister X said" gave the speaker
"Democratic Republic" (0.99) and "Republic of Korea Foreign Minister X" the speaker "Republic"
(0.94). People and countries here are invented or real as marked; the sentences are written
for the test."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"We will answer this at the proper time,"'

CASES = [
    ("a formal name before a title", f"{_SAID} said Republic of Korea Foreign Minister Park Jin-ho.",
     "Park Jin-ho", "South Korea"),
    ("of and the inside the name", f"{_SAID} said Democratic Republic of the Congo Foreign Minister Amani Kabeya.",
     "Amani Kabeya", "Democratic Republic of the Congo"),
    ("three words before of", f"{_SAID} said Islamic Republic of Iran President Reza Tavan.", "Reza Tavan", "Iran"),
    ("the country speaks", f"{_SAID} the Democratic Republic of the Congo said in a statement.",
     "Democratic Republic of the Congo", "Democratic Republic of the Congo"),
    ("a kingdom speaks", f"{_SAID} the Kingdom of Saudi Arabia said.", "Kingdom of Saudi Arabia", "Saudi Arabia"),
    ("of after a title still joins as before", f"{_SAID} said Minister of Defence Reza Tavan.", "Reza Tavan", None),
    ("of before a place that is no country's formal name", f"{_SAID} said Anna Berg of Fenwick.", "Anna Berg", None),
]


@pytest.mark.parametrize(("text", "speaker", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_formal_country_name_is_read_whole(text: str, speaker: str, party: str | None) -> None:
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == (speaker, party)
