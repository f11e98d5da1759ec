"""A capitalised run of role nouns and title words only ("Official Spokesperson", "Senior
Adviser") names nobody, and "Shri"/"Smt" are honorifics (``names._person_mention``). Sentences
are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

ANSWER = "Official Spokesperson, Shri Vikas Rao: The canal \"was, is and will remain open to all.\" That is all."


@pytest.mark.parametrize(("text", "speaker"), [
    # a transcript's label gave the person "Official Spokesperson" (0.86)
    (ANSWER, "Vikas Rao"),
    ("Senior Adviser, Smt Lata Iyer: The talks \"will resume after the monsoon.\" Thank you.", "Lata Iyer"),
])
def test_the_named_holder_speaks_not_the_title(text: str, speaker: str) -> None:
    quote = extract_quotes(text)[0]
    assert quote.speaker == speaker, quote.evidence


def test_a_title_alone_gives_no_person() -> None:
    quote = extract_quotes("Official Spokesperson: The canal \"was, is and will remain open to all.\"")[0]
    assert quote.speaker != "Official Spokesperson", quote.evidence
