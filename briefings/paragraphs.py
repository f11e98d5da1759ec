"""Where a paragraph of plain text ends: the one rule the extractor, drafts, the review page and
the inbox share.

Mail and plain-text wire copy are often hard-wrapped: a sentence runs over several lines. A line
joins the next where the break is such a wrap — the line does not end a sentence or a quote and
the next line goes on in lower case ("...he said the talks\\nwould go on"). In a text wrapped at
a fixed width (no line longer than ``WRAP_WIDTH``, several lines near its longest), a line also
joins the next where the next line's first word would not have fitted on it: the wrapper broke
there, whatever the next line opens with ("calling the agreement\\n'a turning point'"). A quote
then runs over the break, a cue and its quote stay in one sentence, a draft's key point is a
whole sentence, and an inbox article's headline is never a lead cut at a line's end.
"""

from __future__ import annotations

import re

# what ends a paragraph's last line: a sentence's stop or a quote's closing mark
_PARAGRAPH_ENDS = set(".!?:;\"”’'»…")
#: the longest line of a text wrapped at a fixed width (mail wraps at 72-78, wire copy at 60-80)
WRAP_WIDTH = 100
_FULL_LINES = 3  # lines within a fifth of the longest: a text of short lines is not wrapped
# a line that opens a list item, a live blog's timed entry ("14:15 GMT - ...") or a transcript's
# turn ("Q: ...", "Foreign Ministry Spokesperson Lin Jian: ...": capitalised words and a colon,
# not "Harris wrote: ") starts a paragraph
_OPENS_ITEM = re.compile(r"\s*(?:[-*•–—]\s|\d{1,2}[.)]\s|\d{1,2}[:.]\d{2}\b"
                         r"|[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,7}:\s)")
_LINE_END = "\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines breaks at
_LINE_BREAK = re.compile(f"[{_LINE_END}]")


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs, each with its line ends (a blank line is a paragraph of its own)."""
    width = _wrap_width(text)
    found: list[str] = []
    previous = ""  # the line before: a paragraph's last line, read alone (a long one is many lines)
    for line in text.splitlines(keepends=True):
        if found and (_wrapped(previous, line) or width and _broken_at_width(previous, line, width)):
            found[-1] += line
        else:
            found.append(line)
        previous = line
    return found


def joined(text: str) -> list[str]:
    """The text's paragraphs on one line each, spaces tidied, blank ones left out."""
    return [" ".join(p.split()) for p in paragraphs(text) if p.strip()]


def unwrapped(text: str) -> str:
    """The text with every line break inside a paragraph made a space: as long as the text, so
    an offset into one is an offset into the other (the extractor reads sentences in it)."""
    pieces = []
    for paragraph in paragraphs(text):
        body = paragraph.rstrip(_LINE_END)
        pieces.append(_LINE_BREAK.sub(" ", body) + paragraph[len(body):])
    return "".join(pieces)


def _wrapped(before: str, line: str) -> bool:
    ending = before.rstrip()
    return bool(ending) and before.endswith("\n") and ending[-1] not in _PARAGRAPH_ENDS and \
        line[:1].islower()


def _wrap_width(text: str) -> int | None:
    """The width a text is wrapped at (its longest line), or None for a text not wrapped so."""
    lengths = [len(line.rstrip()) for line in text.splitlines()]
    width = max(lengths, default=0)
    if not width or width > WRAP_WIDTH:
        return None
    return width if sum(length >= 0.8 * width for length in lengths) >= _FULL_LINES else None


def _broken_at_width(before: str, line: str, width: int) -> bool:
    """Whether a wrapper broke the line ``before`` ahead of ``line``: the next word would not
    have fitted on it."""
    last, first = before.rstrip(), line.split(maxsplit=1)[:1]
    return bool(last) and bool(first) and _OPENS_ITEM.match(line) is None and len(last) + 1 + len(first[0]) > width
