"""An article prepared for attribution: quoted words masked, sentences, paragraphs, mentions.

Masking replaces every non-space character inside a quote with "X" (keeping a quote's final
stop so the sentence still ends there): names inside quotes never attribute anything, and the
sentence splitter never splits inside a quotation. No-break and thin spaces become plain spaces
in the masked text (web copy often joins "Director" and a name with one), so a name or title is read
across them; positions do not change. Every look-up by position is a binary search,
so preparing and querying an article costs time linear in its length (times a logarithm).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Any

from briefings.extract.actors import actors_in
from briefings.extract.furniture import blank_furniture
from briefings.extract.mention import Mention
from briefings.extract.mentions import MentionFinder
from briefings.extract.sentences import Layout, Sentence

# space characters that web copy puts between the words of a name or title
_ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " "})


def mask_quotes(text: str, spans: list[tuple[int, int]]) -> tuple[str, bytearray]:
    """The text with quoted characters replaced by X, and a per-character "inside" flag."""
    chars = list(text)
    inside = bytearray(len(text))
    for start, end in spans:
        last = end - 1
        for k in range(start, end):
            inside[k] = 1
            if k == last and chars[k] in ".!?,;:":
                continue  # keep final punctuation: the sentence ends (or goes on) there
            if not chars[k].isspace():
                chars[k] = "X"
    return "".join(chars).translate(_ODD_SPACES), inside


class Article:
    """The text with quoted words masked, its sentences, paragraphs and mentions."""

    def __init__(self, text: str, spans: list[tuple[int, int]]):
        self.text = text
        masked, self.inside = mask_quotes(text, spans)
        self.masked = blank_furniture(masked)  # menus, "Advertisement": no names, no sentences
        self.layout = Layout(self.masked)
        self.sentences = self.layout.sentences
        finder = MentionFinder(text, self.masked, self.inside)
        self.mentions = finder.find()
        self.vocabulary = finder.vocabulary  # the words the article writes in lower case
        self._mention_starts = [m.start for m in self.mentions]
        #: what a look-up that searches the whole text found, kept by the module that asked (its
        #: key starts with the look-up's name): asked again for every quote, it made long articles
        #: quadratic
        self.memo: dict[tuple[str, ...], Any] = {}

    def inside_quote(self, pos: int) -> bool:
        return bool(self.inside[pos])

    def sentence_at(self, pos: int) -> Sentence:
        return self.layout.sentence_at(pos)

    def sentence_index(self, pos: int) -> int:
        return self.layout.sentence_index(pos)

    def paragraph_of(self, pos: int) -> int:
        return self.layout.paragraph_of(pos)

    def sentence_before_in_paragraph(self, pos: int) -> Sentence | None:
        """The sentence before the one at ``pos``, if it is in the same paragraph: "X said …
        . She added" reads back that far and no further."""
        index = self.sentence_index(pos)
        if index == 0:
            return None
        previous = self.sentences[index - 1]
        return previous if self.paragraph_of(previous.start) == self.paragraph_of(pos) else None

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        """The mentions that lie wholly within ``[start, end)``, in order."""
        first = bisect_left(self._mention_starts, start)
        last = bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def mentions_before(self, pos: int, limit: int = 80) -> list[Mention]:
        """Up to ``limit`` mentions ending at or before ``pos``, nearest last."""
        last = bisect_right(self._mention_starts, pos)
        return [m for m in self.mentions[max(0, last - limit - 1):last] if m.end <= pos][-limit:]

    def actors_named(self) -> frozenset[str]:
        """Every country and organisation the article names anywhere, found once."""
        if ("actors named",) not in self.memo:
            self.memo["actors named",] = frozenset(actor for actor, _ in actors_in(self.masked))
        return self.memo["actors named",]
