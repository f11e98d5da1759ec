"""Is every quote really in the source it cites? And is its speaker named near it?

A quote is looked up in the archived text of its source after both are normalised the same way
(straight and curly quotes, dashes, ellipses and runs of white space folded). The editorial
marks analysts use are honoured: an elision (``…``, ``...``, ``[...]``) stands for any short
stretch of the source, a bracketed insertion (``[Demir]``) for a few words the analyst
replaced, and the first letter may change case. When a quote is not found, the closest passage
of the source is reported with its line number and a similarity score (rapidfuzz).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz

_FOLD = str.maketrans({
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "′": "'",
    "–": "-", "—": "-", "‒": "-", "−": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ",
})
_ELISION = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|\[…\]|…|(?:\.\s*){3})\s*")
_INSERTION = re.compile(r"\[[^\]]{1,60}\]")
ELISION_SPAN = 400
INSERTION_SPAN = 60


def normalise(text: str) -> str:
    """Fold typography so that a pasted quote and an archived article compare equal."""
    text = text.translate(_FOLD).replace("…", "...")
    return " ".join(text.split())


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


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
        folded = raw.translate(_FOLD).replace("…", "...")
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
        pattern = quote_pattern(quote)
        if pattern is None:
            return None
        found = pattern.search(self.text)
        return Match(found.start(), found.end()) if found else None

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


@lru_cache(maxsize=512)
def quote_pattern(quote: str) -> re.Pattern[str] | None:
    """A regular expression for a quote with its editorial marks."""
    text = normalise(quote)
    parts: list[str] = []
    position = 0
    marks = sorted(
        [(m.start(), m.end(), "elision") for m in _ELISION.finditer(text)]
        + [(m.start(), m.end(), "insertion") for m in _INSERTION.finditer(text)]
    )
    literal_chars = 0
    for start, end, kind in marks:
        if start < position:
            continue
        literal = text[position:start].strip()
        if literal:
            parts.append(_literal(literal, first=not parts))
            literal_chars += len(literal)
        parts.append(rf".{{0,{ELISION_SPAN if kind == 'elision' else INSERTION_SPAN}}}?")
        position = end
    literal = text[position:].strip()
    if literal:
        parts.append(_literal(literal, first=not parts))
        literal_chars += len(literal)
    if literal_chars == 0:
        return None
    joined = r"\s?".join(parts)
    return re.compile(joined, re.DOTALL)


def _literal(text: str, first: bool) -> str:
    escaped = re.escape(text).replace(r"\ ", " ")
    if first and text[0].isalpha():  # "[T]he" or a capital the analyst changed
        escaped = f"[{text[0].lower()}{text[0].upper()}]" + re.escape(text[1:]).replace(r"\ ", " ")
    return escaped


def names_near(window: str, names: list[str]) -> bool:
    """Whether any of ``names`` (case-insensitive, whole words) occurs in ``window``."""
    folded = window.lower()
    for name in names:
        candidate = normalise(name).lower()
        if candidate and re.search(r"(?<!\w)" + re.escape(candidate) + r"(?!\w)", folded):
            return True
    return False
