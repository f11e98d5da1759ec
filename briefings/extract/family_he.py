""""He" as a Chinese family name: "MOFCOM spokesperson He Ming said", '"...," He said'; "To"
and other short function words as family names ("Vietnamese leader To Lam", "To Lam said").

He is a common Chinese family name, spelled as the English pronoun. Read as the pronoun, the
quotes of "spokesperson He Ming" went to whoever spoke before him, a confidently wrong name.
A capitalised "He" that opens no sentence is the name where the article writes it as one: after
a lower-case word and before a capitalised one ("spokesperson He Ming"). Title-case headlines
("Minister Says He Will Go") have a capitalised word before it, so they keep the pronoun.
"""

from __future__ import annotations

import re
from functools import lru_cache

from briefings.extract.shape import shape_problem

# patterns compiled once (pysbd fills the re module cache with its own)
_INTRODUCED = re.compile(r"\b[a-z][\w-]*,? He [A-Z][a-z]+(?:-[a-z]+)?\b")
# a short capitalised word between a lower-case word and a capitalised one: "leader To Lam"
_INTRODUCED_SHORT = re.compile(r"\b[a-z][\w-]*,? ([A-Z][a-z]{1,2}) ([A-Z][a-z]+(?:-[a-z]+)?)\b")
_NEXT_NAME = re.compile(r" ([A-Z][a-z]+(?:-[a-z]+)?)\b")
_OPENS = re.compile(r"(?:^|[.!?:\n—–(\"“]\s*)$")


@lru_cache(maxsize=8)
def _article_names_he(masked: str) -> bool:
    return _INTRODUCED.search(masked) is not None


@lru_cache(maxsize=8)
def _introduced_pairs(masked: str) -> frozenset[tuple[str, str]]:
    return frozenset((match.group(1), match.group(2)) for match in _INTRODUCED_SHORT.finditer(masked))


def family_name_he(masked: str, start: int, word: str) -> bool:
    """Whether the capitalised "He" at ``start`` is the family name, not the pronoun: it opens
    no sentence, and the article introduces someone called He ("spokesperson He Ming"). Any
    short function word ("To", "An", "Do") is a family name where it stands before the given
    name the article introduced it with ("leader To Lam", then "To Lam said")."""
    if word != "He":
        following = _NEXT_NAME.match(masked, start + len(word))
        return following is not None and (word, following.group(1)) in _introduced_pairs(masked)
    before = masked[max(0, start - 3):start].rstrip(" \"“‘'")
    return _OPENS.search(before) is None and _article_names_he(masked)


def name_shape_problem(masked: str, start: int, core: str, *, opens_sentence: bool,
                       vocabulary: frozenset[str], next_word: str) -> str | None:
    """``shape.shape_problem`` for the capitalised run ``core`` at ``start``, which a family
    name "He" never has (alone, "He" is a common word)."""
    if family_name_he(masked, start, core):
        return None
    return shape_problem(core, opens_sentence=opens_sentence, vocabulary=vocabulary, next_word=next_word)
