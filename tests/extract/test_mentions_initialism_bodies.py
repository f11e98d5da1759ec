"""An initialism before a body word alone ("the U.S. Embassy said") stays in the body's name
(``mentions._trimmed``): the speaker was "Embassy", of no country, and had no party. Before
other words it is still a modifier ("the U.S. Republican Party")."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    ("The U.S. Embassy in Astana", "U.S. Embassy", "United States"),
    ("The U.K. Embassy", "U.K. Embassy", "United Kingdom"),
    ("The U.S. Republican Party", "Republican Party", "Republican Party"),
])
def test_an_initialism_before_a_body_word(subject: str, speaker: str, party: str) -> None:
    text = f'ASTANA - Talks went on.\n\n{subject} said it was "following the situation closely."\n'
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == (speaker, party)
