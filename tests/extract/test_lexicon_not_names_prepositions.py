"""A preposition that opens a sentence never begins a name ("Alongside BLM calls for action,
..."): ``lexicon/not_names.txt`` holds "alongside", "besides", "amid(st)", "toward(s)" and the
like, so the cue's subject is the phrase after the opening, not "Alongside BLM".

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

CASES = [
    ('Alongside NAACP calls for action, even a top Republican strategist said the mayor must choose, '
     'saying, "At some point, he is going to have to come out and say where he stands."',
     "top Republican strategist"),
    ('Besides ACLU lawyers in court, a veteran organizer said the march would go on, saying, "We '
     'will not be stopped by one more permit fight."', "veteran organizer"),
]


@pytest.mark.parametrize(("text", "speaker"), CASES)
def test_an_opening_preposition_is_no_name(text: str, speaker: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.speaker == speaker
