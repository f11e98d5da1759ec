"""Lines of a web page that are not the article: page furniture names no speaker and ends no
sentence.

Articles copied from web pages keep lines of the page around and between the paragraphs: a
menu ("Home | World | Asia | Opinion", "Home > National > North Korea"), "Skip to content",
"Advertisement" between two paragraphs, "Also Read | <another headline>". Read as text, their
capitalised words were names and subjects, and the lines sentences: "Home" became a person and
the speaker of the quotes after it, "Read" the speaker of "said" in the next line, and an
"Advertisement" line was "the sentence before" a quote, so "Kim said" after "Kim Yo-jong, the
sister of leader Kim Jong-un, …" could no longer be told from Kim Jong-un. Such a line is
blanked in the masked text (``blank_furniture``): no mention is found on it and it is no
sentence, as a blank line between paragraphs is none; positions do not change.

Only whole lines count, of a label alone (or a label, a separator and a headline), or of three
short items or more between separators: a sentence that mentions an advertisement is no line
of furniture.
"""

from __future__ import annotations

import re

from briefings.extract.mention import Mention

# patterns compiled once (pysbd fills the re module cache with its own)
_LABELS = (r"advertisement|advertising|sponsored(?: content)?|skip to (?:main )?content|back to top|"
           r"printer[- ]friendly(?: version)?|print(?: this)?(?: article| story)?|share(?: this)?(?: article| story)?|"
           r"related(?: articles| news| stories| content| coverage)?|also read|read also|read more|see also|"
           r"more news|most read|trending(?: now)?|subscribe(?: now)?|story continues below(?: advertisement)?")
_LABEL_LINE = re.compile(rf"^[ \t]*(?:{_LABELS})[ \t]*(?:[:|»›>][^\n]*)?$", re.IGNORECASE | re.MULTILINE)
# three short items or more (up to four words each) between "|", ">", "›", "»" or "•"
_ITEM = r"[ \t]*[\w&'’.-]+(?:[ \t]+[\w&'’.-]+){0,3}[ \t]*"
_MENU_LINE = re.compile(rf"^{_ITEM}(?:[|>›»•]{_ITEM}){{2,}}$", re.MULTILINE)


def furniture_lines(masked: str) -> list[tuple[int, int]]:
    """The (start, end) of every line of page furniture, in text order."""
    return sorted({m.span() for m in _LABEL_LINE.finditer(masked)} | {m.span() for m in _MENU_LINE.finditer(masked)})


def blank_furniture(masked: str) -> str:
    """The masked text with every line of page furniture made spaces (its line breaks kept)."""
    spans = furniture_lines(masked)
    if not spans:
        return masked
    parts, last = [], 0
    for start, end in spans:
        parts += [masked[last:start], " " * (end - start)]
        last = end
    return "".join(parts) + masked[last:]


def outside_spans(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[Mention]:
    """The mentions that start in none of ``spans`` (both lists in text order)."""
    if not spans:
        return mentions
    kept, k = [], 0
    for mention in mentions:  # both in text order: one merge, linear
        while k < len(spans) and spans[k][1] <= mention.start:
            k += 1
        if k == len(spans) or mention.start < spans[k][0]:
            kept.append(mention)
    return kept
