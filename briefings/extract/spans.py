"""Where the quotations are: classify quotation marks, pair them, and keep reported speech.

Double marks (straight or typographic) are quotation marks; single marks are only when the text
quotes with them (its house style), except in a paragraph that quotes in double marks.
Paragraphs are lines. A quote still open at the next opening mark, or at the end of its
paragraph, ends there: the news convention for quotes that run over several paragraphs, each of
which opens with a mark but only the last of which closes.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from briefings.paragraphs import paragraphs

# patterns compiled once (pysbd fills the re module cache with its own)
_OPENING_SINGLE = re.compile(r"(?:^|[\s(\[—–-])['‘](?=\w)", re.MULTILINE)
_ELISION = re.compile(r"['‘](?:(?:em|til|cause|n|tis|twas|bout|round|nuff)\b|\d)", re.IGNORECASE)
_SPACE_LOWER = re.compile(r"\s[a-z]")
_SPEECH_WORD = re.compile(r"[\w'’-]+")


MIN_WORDS = 3

OPENING_MARKS = {"“", "„", "«"}
CLOSING_MARKS = {"”", "»"}
STRAIGHT_MARKS = {'"'}
SINGLE_MARKS = {"'", "‘", "’"}
# A doubled apostrophe ('') is a straight double mark in some archives' text.
_DOUBLE_MARK = re.compile(r"''|[\"“”„«»]")
_SINGLE_MARK = re.compile(r"['‘’]")
_PLURAL_POSSESSIVE = re.compile(r"[\w.,!?]['’](?:[\s.,;:!?]|$)")
#: words that never follow a plural possessive ("the workers' …"): after "s' " they mean the
#: mark closed a quote ("… about the terms' and called …", "… the talks' he said")
_NEVER_AFTER_POSSESSIVE = frozenset(
    "and or but nor so yet then as if than that which who whom whose when while because "
    "he she it they we i you his her its their our this these those the a an "
    "said says say told tells added adds asked stated noted insisted warned wrote "
    "is are was were be been has have had will would could should may might must do does did "
    "to of in on at by for from with into onto over after before during since until about".split())


@dataclass
class Quote:
    """One direct quotation, as `briefings quotes` reports it.

    ``speaker`` is the resolved name (or organisation, or role phrase); ``speaker_surface`` and
    ``speaker_start``/``speaker_end`` are the mention in the text that the attribution rests on.
    When no speaker is found, or the evidence for one is too weak (``confidence`` below
    ``confidence.THRESHOLD``), ``speaker`` is None and ``reason`` says why. ``evidence`` names
    the rule that chose the mention and the mention itself; ``party`` is whom the speaker speaks
    for (a country's government by its short English name, an international organisation, another
    body by its full name, or "independent") with ``party_evidence``, the words of the text it
    rests on, or None with ``party_reason``.
    """

    quote: str
    start: int
    end: int
    speaker: str | None = None
    speaker_surface: str | None = None
    cue: str | None = None
    reason: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_kind: str = ""  # "person", "org" or "document" (for drafting; not in the JSON)
    speaker_role: str = ""
    joint: tuple[str, ...] = ()  # the members of a joint speaker ("X and Y said"), in order
    confidence: float = 0.0
    evidence: str = ""
    party: str | None = None
    party_reason: str | None = None
    party_evidence: str | None = None

    @property
    def speaker_reason(self) -> str | None:
        """Why ``speaker`` is None (the same text as ``reason``)."""
        return self.reason if self.speaker is None else None

    def as_dict(self) -> dict[str, Any]:
        data = asdict(self)
        keys = ("quote", "speaker", "speaker_surface", "cue", "reason", "start", "end",
                "confidence", "evidence", "party", "party_evidence", "party_reason")
        out = {k: data[k] for k in keys}
        out["speaker_reason"] = self.speaker_reason
        return out


def _mark_role(text: str, i: int, j: int) -> str:
    """'open', 'close' or 'either' for the double quotation mark ``text[i:j]``."""
    char = text[i]
    if char in OPENING_MARKS:
        return "open"
    if char in CLOSING_MARKS:
        return "close"
    before = text[i - 1] if i > 0 else " "
    after = text[j] if j < len(text) else " "
    space_before = before.isspace() or before in "([{—–-/"
    space_after = after.isspace() or after in ".,;:!?)]}—–-"
    if space_before and not space_after:
        return "open"
    if space_after and not space_before:
        return "close"
    return "either"


def _uses_single_quotes(text: str) -> bool:
    """Some outlets quote with single marks ('We will,' she said) and keep double ones for
    quotes within quotes. Such a text opens more quotes with single marks than it has quotes in
    double marks: a quote it takes from another wire in double marks does not change its house
    style. Single marks inside a double-quoted quote ("They told us 'wait'") and elisions ('em,
    'til, 'cause, '90s) open nothing."""
    singles = doubles = 0
    for paragraph in paragraphs(text):
        quoted = _line_spans(paragraph, False)
        doubles += len(quoted)
        singles += sum(1 for mark in _OPENING_SINGLE.finditer(paragraph)
                       if _ELISION.match(paragraph, mark.end() - 1) is None
                       and not any(start <= mark.end() - 1 < end for start, end in quoted))
    return singles > doubles


def _reads_single(paragraph: str, single: bool) -> bool:
    """In a text quoting with single marks, a paragraph with double marks and no opening single
    one is a quote set in another house style ('"We have a text," one diplomat said.')."""
    opens_single = _OPENING_SINGLE.search(paragraph) is not None
    return single and (opens_single or _DOUBLE_MARK.search(paragraph) is None)


def _single_mark_role(line: str, i: int) -> str | None:
    """Like _mark_role for single marks; None for an apostrophe (don't, Turkey's, '90s)."""
    before = line[i - 1] if i > 0 else " "
    after = line[i + 1] if i + 1 < len(line) else " "
    if before.isalnum() and after.isalnum():
        return None
    if line[i] == "‘":
        return "open"
    if (before.isspace() or before in "([{—–-") and not after.isspace():
        return None if after.isdigit() else "open"
    if not before.isspace() and (after.isspace() or after in ".,;:!?)]}—–-"):
        return None if _plural_possessive(line, i) else "close"
    return None


def _plural_possessive(line: str, i: int) -> bool:
    """ "workers' rights": an apostrophe after an s, a lower-case word that may follow a
    possessive (not "and", "he", "said", "to": "about the terms' and called"), and a closing
    mark later."""
    if line[i - 1] not in "sS" or _SPACE_LOWER.match(line[i + 1:i + 3]) is None:
        return False
    following = _SPEECH_WORD.match(line, i + 2)
    if following is not None and following.group().lower() in _NEVER_AFTER_POSSESSIVE:
        return False
    return _PLURAL_POSSESSIVE.search(line, i + 1) is not None


def _line_spans(line: str, single: bool) -> list[tuple[int, int]]:
    """The quote spans of one paragraph, as offsets into ``line``."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for mark in (_SINGLE_MARK if single else _DOUBLE_MARK).finditer(line):
        i, j = mark.span()
        role = _single_mark_role(line, i) if single else _mark_role(line, i, j)
        if role is None:
            continue
        if open_at is None:
            if role != "close":
                open_at = j
        elif role == "open" and _real_opening(line, open_at, i):
            spans.append((open_at, _rstrip_at(line, open_at, i)))
            open_at = j
        else:
            spans.append((open_at, i))
            open_at = None
    if open_at is not None:
        spans.append((open_at, _rstrip_at(line, open_at, len(line))))
    return spans


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges (start, end) of the text inside quotation marks."""
    single = _uses_single_quotes(text)
    spans: list[tuple[int, int]] = []
    offset = 0
    for paragraph in paragraphs(text):
        spans.extend(_trimmed(paragraph, offset, s, e)
                     for s, e in _line_spans(paragraph, _reads_single(paragraph, single)) if e > s)
        offset += len(paragraph)
    return [(s, e) for s, e in spans if e > s]


def _trimmed(paragraph: str, offset: int, start: int, end: int) -> tuple[int, int]:
    """The span without the spaces inside its marks: French and German house styles set
    « nous » and „ wir “ with a (no-break or thin) space, which is no part of the words."""
    while start < end and paragraph[start].isspace():
        start += 1
    while end > start and paragraph[end - 1].isspace():
        end -= 1
    return offset + start, offset + end


def _real_opening(line: str, open_at: int, i: int) -> bool:
    """An opening-looking mark inside an open quote starts a new quote only after a sentence
    end (``Square. "There``); otherwise it is a closing mark preceded by a space."""
    before = line[open_at:i].rstrip()
    return bool(before) and before[-1] in ".!?…:;—–-"


def _rstrip_at(line: str, start: int, end: int) -> int:
    while end > start and line[end - 1].isspace():
        end -= 1
    return end


_TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by"})


def is_reported_speech(quote: str, min_words: int = MIN_WORDS) -> bool:
    """A quote of at least ``min_words`` words that is not a title in capitals."""
    found = _SPEECH_WORD.findall(quote)
    if len(found) < min_words:
        return False
    # A title ("Bread And Roses Forever", "the program "Face the Nation,"") is not speech:
    # every word capitalised but the small words a title leaves in lower case, the first and
    # the last capitalised, and no full stop, "!" or "?" to end it ("What a Super Tuesday!" is
    # speech). All-capitalised words are a title as before.
    if len(found) > 8 or not all(w[0].isupper() or w in _TITLE_SMALL_WORDS for w in found):
        return True
    every_word = all(w[0].isupper() for w in found)
    return not (every_word or (found[0][0].isupper() and found[-1][0].isupper() and
                               not quote.rstrip(" ’'\"”").endswith((".", "!", "?", "…"))))
