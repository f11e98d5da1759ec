"""Lines of a web page that are not the article: page furniture names no speaker.

Articles copied from web pages keep lines of the page around and between the paragraphs: a
menu ("Home | World | Asia | Opinion", "Home > National > North Korea"), "Skip to content",
"Advertisement" between two paragraphs, "Also Read | <another headline>". Read as text, their
capitalised words were names and subjects: "Home" became a person and the speaker of the quotes
after it, "Advertisement" the subject of the sentence before a quote ("the junta boss said" then
stood for no one), "Read" the speaker of "said" in the next line. A mention on such a line is
dropped (``outside_furniture``); the line stays in the text, a sentence with no one in it.

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


def outside_furniture(mentions: list[Mention], masked: str) -> list[Mention]:
    """The mentions that are on no line of page furniture."""
    return outside_spans(mentions, furniture_lines(masked))


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
