"""Sentences and paragraphs of an article, found by pysbd with a few news-specific repairs.

pysbd (rule-based, no model) knows abbreviations such as "U.S.", "Sen." and "Gov.", so a
sentence never ends inside them. It runs paragraph by paragraph (a paragraph is a line), and a
paragraph with more than MAX_STOPS_PER_CALL full stops is given to it in pieces of at most that
many: pysbd rescans the whole text once per abbreviation it meets, so its cost grows with the
square of a paragraph's abbreviations ("U.S. " × 12,000 took 26 s), and bounded pieces keep it
linear in the length of the article. Four repairs follow pysbd:

* a piece that starts with a comma, a closing bracket or a lower-case letter continues the
  sentence before it ("Ann Cole, D-Va., said");
* a piece that ends in an abbreviation from ``abbreviated_titles`` ("Sen.") is joined to the next;
* a masked quote that ends with a stop and is followed by a capital ends its sentence
  (``_split_after_quotes``); and
* "U.S." or "Calif." followed by a pronoun or an article ends its sentence
  (``_split_after_abbreviation``).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

import pysbd

from briefings.extract.lexicon import words

# patterns compiled once (pysbd fills the re module cache with its own)
_NEWLINE = re.compile(r"\n")


_SEGMENTER = pysbd.Segmenter(language="en", clean=False)
_STOP = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s)")
_TOKEN_BEFORE = re.compile(r"[\w.'’-]*$")
_PLAIN_WORD = re.compile(r"[a-z][a-z'’-]+")
_STOP_CHAR = re.compile(r"[.!?…]")
# a masked quote that ends a sentence: 'XXX." Then' (pysbd keeps such a quote with what follows)
_QUOTE_END = re.compile(r"X[.!?][\"”’']{1,2}(?=\s+[A-Z\"“‘])")
_ABBREVIATION_THEN_OPENER = re.compile(
    r"(?<![\w.])((?:[A-Z]\.){2,}|[A-Z][a-z]{1,4}\.)\s+(?=((?:He|She|It|They|We|The|But|This|His|Her|Their)\b))")
_TITLE_AT_END = re.compile(r"(?:^|[\s(])([A-Za-z]+)\.\s*$")
#: The most full stops pysbd is given in one call; real paragraphs have far fewer.
MAX_STOPS_PER_CALL = 40
_ANY_STOP = re.compile(r"[.!?…]+[\"”’')\]]*\s+")


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
    title = _TITLE_AT_END.search(previous[-40:])  # the end is enough (and keeps this linear)
    return bool(title and title.group(1).lower() in words("abbreviated_titles"))


def _split_after_quotes(segment: str) -> list[str]:
    """Split after every masked quote that ends with a stop and is followed by a capital."""
    pieces, start = [], 0
    for end in _QUOTE_END.finditer(segment):
        pieces.append(segment[start:end.end()])
        start = end.end()
    return [*pieces, segment[start:]]


def _split_after_abbreviation(segment: str) -> list[str]:
    """Split after "U.S." or "Calif." when a pronoun or an article opens the next word ("... in
    the U.S. He says ..."): pysbd keeps a sentence going after such an abbreviation."""
    pieces, start = [], 0
    for stop in _ABBREVIATION_THEN_OPENER.finditer(segment):
        code = stop.group(1)
        if "." in code[:-1] or code[:-1].lower() in words("state_abbreviations"):
            pieces.append(segment[start:stop.start(2)])
            start = stop.start(2)
    return [*pieces, segment[start:]]


def _plain_sentences(paragraph: str) -> list[str] | None:
    """The sentences of a paragraph whose every inner stop follows a lower-case word and
    precedes a capital ("... the vote. Then ..."), or None when any stop might belong to an
    abbreviation: pysbd, which is slower, decides those."""
    pieces, start = [], 0
    for stop in _STOP.finditer(paragraph):
        before = _TOKEN_BEFORE.search(paragraph, max(0, stop.start() - 30), stop.start())
        token = before.group() if before else ""
        following = paragraph[stop.end():stop.end() + 3].lstrip()[:1]
        if not following:
            break
        plain = _PLAIN_WORD.fullmatch(token) and token not in words("lower_abbreviations") or set(token) == {"X"}
        if not plain or not (following.isupper() or following in "\"“‘'("):
            return None
        pieces.append(paragraph[start:stop.end()])
        start = stop.end()
    pieces.append(paragraph[start:])
    return pieces


def _pysbd_sentences(part: str) -> list[str]:
    """pysbd's sentences of ``part``, as text. ``Segmenter.segment`` would also find each one
    in ``part`` with a pattern compiled for that sentence and searched from the start, a third
    of the time of splitting a 1 MB article; the caller finds them itself, from where the last
    one ended."""
    return _SEGMENTER.processor(part).process()


def _has_inner_stop(text: str) -> bool:
    """Whether a stop comes before the last word character (a lookahead for a later word
    from every stop was quadratic on a paragraph of ellipses)."""
    end = len(text)
    while end and not (text[end - 1].isalnum() or text[end - 1] == "_"):
        end -= 1
    return _STOP_CHAR.search(text, 0, end) is not None


def _bounded_parts(paragraph: str) -> list[str]:
    """``paragraph`` cut into parts of MAX_STOPS_PER_CALL to twice as many stops, for pysbd:
    each cut after the first stop past the count that follows a plain lower-case word and
    precedes a capital (a sentence end, not an abbreviation), or, failing one, after the stop
    that reaches twice the count. One pass over the stops."""
    if sum(paragraph.count(char) for char in ".!?…") <= MAX_STOPS_PER_CALL:
        return [paragraph]
    parts, start, stops = [], 0, 0
    for stop in _ANY_STOP.finditer(paragraph):
        stops += 1
        if stops < MAX_STOPS_PER_CALL:
            continue
        before = _TOKEN_BEFORE.search(paragraph, max(0, stop.start() - 30), stop.start())
        likely_end = (paragraph[stop.end():stop.end() + 1].isupper() and before is not None
                      and _PLAIN_WORD.fullmatch(before.group()) is not None)
        if likely_end or stops >= 2 * MAX_STOPS_PER_CALL:
            parts.append(paragraph[start:stop.end()])
            start, stops = stop.end(), 0
    return [*parts, paragraph[start:]]


def _paragraph_sentences(text: str, start: int, end: int) -> list[Sentence]:
    """The sentences of ``text[start:end]``, one paragraph, as ranges of ``text``."""
    paragraph = text[start:end]
    stripped = paragraph.strip()
    if not _has_inner_stop(stripped):  # no stop before the end: one sentence, no need to ask
        offset = paragraph.find(stripped)
        return [Sentence(start + offset, start + offset + len(stripped))]
    pieces: list[list[int]] = []
    cursor = 0
    segments = _plain_sentences(paragraph) or [
        piece for part in _bounded_parts(paragraph) for segment in _pysbd_sentences(part)
        for quoted in _split_after_quotes(segment) for piece in _split_after_abbreviation(quoted)]
    for segment in segments:
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
        self.paragraph_starts = [0] + [m.end() for m in _NEWLINE.finditer(text)]

    def sentence_index(self, pos: int) -> int:
        """The index of the sentence holding ``pos`` (or the last one starting before it)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def sentence_at(self, pos: int) -> Sentence:
        return self.sentences[self.sentence_index(pos)]

    def paragraph_of(self, pos: int) -> int:
        return max(0, bisect_right(self.paragraph_starts, pos) - 1)
