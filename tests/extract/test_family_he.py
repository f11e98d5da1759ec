""""He" as a Chinese family name (``briefings.extract.family_he``): "spokesperson He Ming said"
and a later '"...," He said' are He Ming's words, not the pronoun's referent's; a sentence that
opens with "He", and a title-case headline, keep the pronoun.

Sentences are invented for these tests (real ministries, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.family_he import family_name_he

TEXT = ("Foreign Ministry spokesperson Li Wen said the visit was \"useful for both sides.\"\n\n"
        'Commerce ministry spokesperson He Ming said the probe was "protectionism, plain and simple."\n\n'
        '"We will follow every step closely," He said at a news conference.\n')


def test_the_family_name_he_is_the_speaker() -> None:
    assert [q.speaker for q in extract_quotes(TEXT)] == ["Li Wen", "He Ming", "He Ming"]


@pytest.mark.parametrize(("masked", "word", "expected"), [
    ("spokesperson He Ming said it. Then, He said more.", "He said", True),
    ("spokesperson He Ming said it. He said more.", "He said", False),  # opens a sentence
    ("Jan Holt spoke. Minister Says He Will Go.", "He Will", False),  # no one is called He
    ("Jan Holt spoke; later, She said more.", "She said", False),  # only "He" is a family name
    ("leader To Lam arrived. To Lam said more.", "To Lam said", True),  # before the name it came with
    ("leader To Lam arrived. To Hanoi he went.", "To Hanoi", False),  # before another word
    ("Jan Holt spoke. To Lam said more.", "To Lam said", False),  # never introduced
])
def test_when_he_is_a_family_name(masked: str, word: str, expected: bool) -> None:
    start = masked.rindex(word)
    assert family_name_he(masked, start, word.split()[0]) is expected


def test_a_short_function_word_as_a_family_name_is_the_speaker() -> None:
    text = ("Prime Minister Jan Holt met visiting Vietnamese leader To Lam on Monday.\n\n"
            "To Lam said ties were strong. \"Vietnam will keep every promise it made,\" he said.\n")
    [quote] = extract_quotes(text)
    assert quote.speaker == "To Lam"
