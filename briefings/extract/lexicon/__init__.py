"""The word lists of quote extraction, kept as data files beside this module.

Each ``NAME.txt`` opens with ``#`` comments that say what the list is for, then holds one entry a
line (lower case). ``words(NAME)`` returns the entries as a frozen set; ``pairs(NAME)`` splits
each line into a word and a label. The files are package data, read with importlib.resources,
so they ship in the wheel.
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


def _lines(name: str) -> list[str]:
    text = files(__package__).joinpath(f"{name}.txt").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """The entries of the list ``name`` (file ``lexicon/name.txt``)."""
    return frozenset(_lines(name))


@cache
def pairs(name: str) -> dict[str, str]:
    """The list ``name`` as ``{word: label}``, from lines of the form ``word label``."""
    return dict(line.split(maxsplit=1) for line in _lines(name))


@cache
def union(*names: str) -> frozenset[str]:
    """The entries of several lists together."""
    return frozenset().union(*(words(name) for name in names))
