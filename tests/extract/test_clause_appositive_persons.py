"""A person named at the end of an appositive that opens with "the" or "a" after a name and a
comma is no subject (``briefings.extract.clause._in_an_appositive``): "Park Min-ji, the sister
of Valdonian leader Park Tae-ho, denounced the drills. '…,' Park said" gave Park Tae-ho (0.97),
the subject of nothing. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"They are staging a dangerous rehearsal for invasion," Park said in a statement.'


@pytest.mark.parametrize(("lede", "speaker"), [
    ("Park Min-ji, the sister of Valdonian leader Park Tae-ho, on Tuesday denounced the drills.", "Park Min-ji"),
    ("Park Min-ji, a cousin of Valdonian leader Park Tae-ho, on Tuesday denounced the drills.", "Park Min-ji"),
    # the leader is the subject: his words
    ("Valdonian leader Park Tae-ho, the brother of Park Min-ji, on Tuesday denounced the drills.", "Park Tae-ho"),
])
def test_the_name_in_an_appositive_is_no_subject(lede: str, speaker: str) -> None:
    (quote,) = extract_quotes(lede + QUOTE)
    assert quote.speaker == speaker, quote.reason
