"""Is every quote really in the source it cites? And is its speaker named near it?

A quote is looked up in the archived text of its source after both are normalised the same way
(straight and curly quotes, dashes, ellipses and runs of white space folded). The editorial
marks analysts use are honoured: an elision (``…``, ``...``, ``[...]``) stands for any short
stretch of the source, a bracketed insertion (``[Demir]``) for a few words the analyst
replaced, and the first letter may change case. When a quote is not found, the closest passage
of the source is reported with its line number and a similarity score (rapidfuzz), for the
first MAX_CLOSEST_PASSAGES misquotes of a briefing (a budget: the search is the slow part).

The literal pieces between the marks are matched in order with ``str.find`` and one sweep per
piece (no backtracking regular expression: one with seven elisions of "the" ran for minutes).
The work is at most MAX_PIECES passes over the source, so validation needs no time budget.
"""

from __future__ import annotations

import re
from collections import deque
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from briefings.textfold import TYPOGRAPHY, normalise

_ELISION = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|…|(?:\.\s*){3})\s*")
_INSERTION = re.compile(r"\[[^\]]{1,60}\]")
ELISION_SPAN = 400
INSERTION_SPAN = 60
#: Misquotes in one briefing that get a closest passage: the search costs up to half a second
#: on a long source (240 misquotes took validate 128 s); the rest are reported without one.
MAX_CLOSEST_PASSAGES = 10
#: A quote with more literal pieces than this (between elisions and insertions) is not looked
#: for: matching costs one pass over the source per piece, so this bounds it.
MAX_PIECES = 40


@dataclass(frozen=True)
class Match:
    """Where a quote was found in the normalised source."""

    start: int
    end: int


@dataclass(frozen=True)
class ClosestPassage:
    """The passage of the source most like a quote that was not found."""

    text: str
    line: int
    score: float


class SourceText:
    """An archived article: its raw text, its normalised form and a map back to raw lines."""

    def __init__(self, raw: str):
        self.raw = raw
        folded = raw.translate(TYPOGRAPHY).replace("…", "...")
        # normalise while remembering, for each normalised character, its raw offset
        chars: list[str] = []
        offsets: list[int] = []
        previous_space = True
        for offset, char in enumerate(folded):
            if char.isspace():
                if not previous_space:
                    chars.append(" ")
                    offsets.append(offset)
                previous_space = True
            else:
                chars.append(char)
                offsets.append(offset)
                previous_space = False
        self.text = "".join(chars)
        self._offsets = offsets
        # '...' folded from '…' shifts offsets slightly; line numbers stay right

    def line_of(self, position: int) -> int:
        """1-based line in the raw text of a position in the normalised text."""
        if not self._offsets:
            return 1
        raw_offset = self._offsets[min(position, len(self._offsets) - 1)]
        return self.raw.count("\n", 0, min(raw_offset, len(self.raw))) + 1

    def find(self, quote: str) -> Match | None:
        """Where ``quote`` (with its editorial marks) occurs, leftmost; None if nowhere."""
        pieces = quote_pieces(quote)
        if not pieces or len(pieces) > MAX_PIECES:
            return None
        first = pieces[0].literal
        variants = {first}
        if first[0].isalpha():  # "[T]he" or a capital the analyst changed
            variants |= {first[0].lower() + first[1:], first[0].upper() + first[1:]}
        starts = sorted({s for v in variants for s in _occurrences(self.text, v)})
        frontier = [(start, start + len(first)) for start in starts]  # (match start, end so far)
        for piece in pieces[1:]:
            frontier = _advance(frontier, _occurrences(self.text, piece.literal), piece)
            if not frontier:
                return None
        if not frontier:
            return None
        start, end = min(frontier)
        return Match(start, end)

    def closest(self, quote: str) -> ClosestPassage:
        target = normalise(_INSERTION.sub(" ", _ELISION.sub(" ", quote)))
        alignment = fuzz.partial_ratio_alignment(target, self.text)
        if alignment is None:
            return ClosestPassage("", 1, 0.0)
        start, end = alignment.dest_start, alignment.dest_end
        # whole words, and at least as long as the quote: the analyst compares word by word
        shortfall = len(target) - (end - start)
        if shortfall > 0:
            start = max(0, start - shortfall // 2)
            end = min(len(self.text), end + shortfall - shortfall // 2)
        while start > 0 and not self.text[start - 1].isspace():
            start -= 1
        while end < len(self.text) and not self.text[end].isspace():
            end += 1
        passage = self.text[start:end].strip("\"'“”‘’,;:")
        return ClosestPassage(passage, self.line_of(start), alignment.score)

    def window(self, match: Match, before: int = 500, after: int = 250) -> str:
        """The text around a match, for looking for the speaker's name."""
        return self.text[max(0, match.start - before):match.end + after]


@dataclass(frozen=True)
class Piece:
    """A literal stretch of a quote, and how far after the previous one it may start."""

    literal: str
    gap: int  # at most this many characters between the previous piece's end and this start


@lru_cache(maxsize=512)
def quote_pieces(quote: str) -> tuple[Piece, ...]:
    """The literal pieces of a quote between its editorial marks, in order.

    An elision lets up to ELISION_SPAN characters of the source pass, an insertion up to
    INSERTION_SPAN, and the white space around each mark may be there or not.
    """
    text = normalise(quote)
    marks = sorted([(m.start(), m.end(), ELISION_SPAN) for m in _ELISION.finditer(text)]
                   + [(m.start(), m.end(), INSERTION_SPAN) for m in _INSERTION.finditer(text)])
    pieces: list[Piece] = []
    position, gap = 0, 0
    for start, end, span in marks:
        if start < position:
            continue
        literal = text[position:start].strip()
        if literal:
            pieces.append(Piece(literal, gap))
            gap = 0
        gap += span + 2  # the span, and an optional space on either side of the mark
        position = end
    literal = text[position:].strip()
    if literal:
        pieces.append(Piece(literal, gap))
    return tuple(pieces)


def _occurrences(text: str, literal: str) -> list[int]:
    """Every start of ``literal`` in ``text``, in order (str.find: linear in ``text``)."""
    found, position = [], text.find(literal)
    while position >= 0:
        found.append(position)
        position = text.find(literal, position + 1)
    return found


def _advance(frontier: list[tuple[int, int]], starts: list[int],
             piece: Piece) -> list[tuple[int, int]]:
    """The matches extended by ``piece``: each of its ``starts`` that lies at most
    ``piece.gap`` after the end of a match so far, keeping the earliest match start.

    One pass over both sorted lists with a sliding-window minimum: linear in their lengths.
    """
    frontier = sorted(frontier, key=lambda item: item[1])
    window: deque[tuple[int, int]] = deque()  # (match start, end), match starts increasing
    extended, index = [], 0
    for start in starts:
        while index < len(frontier) and frontier[index][1] <= start:
            item = frontier[index]
            while window and window[-1][0] >= item[0]:
                window.pop()
            window.append(item)
            index += 1
        while window and window[0][1] < start - piece.gap:
            window.popleft()
        if window:
            extended.append((window[0][0], start + len(piece.literal)))
    return extended


def names_near(window: str, names: list[str]) -> bool:
    """Whether any of ``names`` (case-insensitive, whole words) occurs in ``window``."""
    folded = window.lower()
    for name in names:
        candidate = normalise(name).lower()
        if candidate and re.search(r"(?<!\w)" + re.escape(candidate) + r"(?!\w)", folded):
            return True
    return False
