"""Where a paragraph of plain text ends: the one rule the extractor, drafts, the review page and
the inbox share.

Mail and plain-text wire copy are often hard-wrapped: a sentence runs over several lines. A line
joins the next where the break is such a wrap — the line does not end a sentence or a quote and
the next line goes on in lower case ("...he said the talks\\nwould go on"). A quote then runs over
the break, a draft's key point is a whole sentence, and an inbox article's headline is never a
lead cut at a line's end.
"""

from __future__ import annotations

# what ends a paragraph's last line: a sentence's stop or a quote's closing mark
_PARAGRAPH_ENDS = set(".!?:;\"”’'»…")


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs, each with its line ends (a blank line is a paragraph of its own)."""
    found: list[str] = []
    for line in text.splitlines(keepends=True):
        if found and _wrapped(found[-1], line):
            found[-1] += line
        else:
            found.append(line)
    return found


def joined(text: str) -> list[str]:
    """The text's paragraphs on one line each, spaces tidied, blank ones left out."""
    return [" ".join(p.split()) for p in paragraphs(text) if p.strip()]


def _wrapped(before: str, line: str) -> bool:
    ending = before.rstrip()
    return bool(ending) and before.endswith("\n") and ending[-1] not in _PARAGRAPH_ENDS and \
        line[:1].islower()
