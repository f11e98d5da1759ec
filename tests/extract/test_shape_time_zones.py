"""A time zone is never a speaker: a live blog's entry '14:15 GMT - "..."' gave the quote to a
body "GMT" (0.99)."""

from __future__ import annotations

from briefings.extract import extract_quotes

BLOG = ("LIVE: talks in Valdora, day 3\n\n"
        "14:02 GMT - Minister Anna Veld said the talks had made progress overnight.\n\n"
        '14:15 GMT - "We will answer every one of these attacks on our cities."\n')


def test_a_time_zone_is_no_speaker() -> None:
    assert [q.speaker for q in extract_quotes(BLOG)] != ["GMT"]
