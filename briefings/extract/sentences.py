"""Sentences and paragraphs of an article, found by pysbd with a few news-specific repairs.

pysbd (rule-based, no model) knows abbreviations such as "U.S.", "Sen." and "Gov.", so a
sentence never ends inside them. It runs paragraph by paragraph (a paragraph is a line), which
keeps the cost linear in the length of the article. Two repairs follow pysbd:

* a piece that starts with a comma, a closing bracket or a lower-case letter continues the
  sentence before it ("Tim Kaine, D-Va., said"), and
* a piece that ends in an abbreviation from ``abbreviated_titles`` ("Sen.") is joined to the next.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import pysbd

from .lexicon import words

_SEGMENTER = pysbd.Segmenter(language="en", clean=False)
_TITLE_AT_END = re.compile(r"(?:^|[\s(])([A-Za-z]+)\.\s*$")


@dataclass(frozen=True)
class Sentence:
    """A sentence as a character range of the article."""

    start: int
    end: int


def _continues(previous: str, piece: str) -> bool:
    """Whether ``piece`` is the rest of the sentence ``previous`` and not a new one."""
    lead = piece.lstrip()
    if not lead or lead[0] in ",;:)]}" or lead[0].islower():
        return True
    title = _TITLE_AT_END.search(previous)
    return bool(title and title.group(1).lower() in words("abbreviated_titles"))


def _paragraph_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of ``text[start:end]``, one paragraph, as ranges of ``text``."""
    paragraph = text[start:end]
    pieces: list[list[int]] = []
    cursor = 0
    for segment in _SEGMENTER.segment(paragraph):
        found = paragraph.find(segment.strip(), cursor)
        if found < 0 or not segment.strip():
            continue
        piece_end = found + len(segment.strip())
        if pieces and _continues(paragraph[pieces[-1][0]:pieces[-1][1]], paragraph[found:piece_end]):
            pieces[-1][1] = piece_end
        else:
            pieces.append([found, piece_end])
        cursor = piece_end
    return [Sentence(start + s, start + e) for s, e in pieces]


def split_sentences(text: str) -> list[Sentence]:
    """The sentences of ``text``, in order; no sentence crosses a line break."""
    sentences: list[Sentence] = []
    offset = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            sentences.extend(_paragraph_sentences(text, offset, offset + len(line.rstrip("\r\n"))))
        offset += len(line)
    return sentences


class Layout:
    """The sentences and paragraphs of a text, with position look-ups in logarithmic time."""

    def __init__(self, text: str):
        self.sentences = split_sentences(text) or [Sentence(0, len(text))]
        self._starts = [s.start for s in self.sentences]
        self.paragraph_starts = [0] + [m.end() for m in re.finditer(r"\n", text)]

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence holding ``pos`` (or the last one starting before it)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.sentence_index(pos)]

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, pos) - 1)
