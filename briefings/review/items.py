"""The proposed items of a briefing's YAML tree, their fingerprints and the passages they came from.

A fingerprint is a digest of the item's key (:mod:`briefings.sameitem`: a quote's speaker and
words, a consequence's party and description, an event's date and text, a party's name), not of
its position, so it survives edits to the file and identifies the same material when a later
article brings it again: a rejected fingerprint is never proposed a second time. The words are
taken as they read (zero-width characters and lookalike letters do not make a new fingerprint).
Fingerprints recorded before the key counted a quote's speaker and a consequence's party named
them by their words alone; those rejections still hold (:meth:`Item.rejected_by`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from briefings.constants import MAX_SOURCE_BYTES
from briefings.errors import BriefingError
from briefings.filesystem.paths import read_confined
from briefings.sameitem import Key, item_key
from briefings.textfold import comparable

#: The review id shown to analysts: a prefix of the fingerprint.
SHORT_ID = 8
PASSAGE_LIMIT = 400
# where a sentence ends: a stop, with the closing mark of a quote that ends with it ('table."'),
# before a space; and a paragraph's end
_SENTENCE_END = re.compile(r"[.!?…][\"”’']?\s|\n")


def _digest(key: Key) -> str:
    return hashlib.sha256("\0".join(key).encode()).hexdigest()[:16]


def fingerprint(kind: str, item: Any, party_id: str = "") -> str:
    """16 hex digits naming an item by its key (see the module docstring); ``party_id`` is the
    party a consequence is filed under."""
    return _digest(item_key(kind, item, party_id))


def _words_only_fingerprint(kind: str, item: Any) -> str | None:
    """The fingerprint a quote, consequence or party had before the key counted a quote's
    speaker and a consequence's party (and folded a party's "the"); None for an event, whose
    fingerprint is unchanged."""
    field = {"quote": "text", "consequence": "description", "party": "name"}.get(kind)
    if field is None:
        return None
    words = comparable(str(item.get(field, "")))
    return _digest((kind, words.lower() if kind == "party" else words))


@dataclass
class Item:
    """One drafted item in the tree: its kind, node, the list holding it and its party."""

    kind: str
    node: Any
    holder: Any
    party: Any = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.kind, self.node, str(self.party.get("id")) if self.party is not None else "")

    def rejected_by(self, rejected: set[str]) -> bool:
        """Whether the analyst rejected this item: its fingerprint is in ``rejected``, or its
        words-only fingerprint, recorded before speakers and parties counted."""
        return self.fingerprint in rejected or _words_only_fingerprint(self.kind, self.node) in rejected

    @property
    def proposed(self) -> bool:
        return self.node.get("status") == "proposed"

    @property
    def summary(self) -> str:
        field = {"party": "name", "quote": "text", "consequence": "description", "event": "event"}[self.kind]
        return str(self.node.get(field, ""))


def items(tree: Any) -> Iterator[Item]:
    """Every party, quote, consequence and timeline event of a briefing tree."""
    for event in tree.get("timeline", None) or []:
        yield Item("event", event, tree["timeline"])
    for party in tree.get("parties", None) or []:
        yield Item("party", party, tree["parties"])
        for kind, key in (("quote", "quotes"), ("consequence", "consequences")):
            for node in party.get(key, None) or []:
                yield Item(kind, node, party[key], party)


def proposed(tree: Any) -> list[Item]:
    """The items waiting for review, in file order."""
    return [item for item in items(tree) if item.proposed]


def source_of(tree: Any, item: Item) -> tuple[Any, str]:
    """The source entry an item was drafted from (a party: its first quote's) and the words
    to look for in it; (None, '') when there is none."""
    source_id, needle = item.node.get("source"), item.summary
    if item.kind == "party":
        quotes = item.node.get("quotes", None) or []
        if not quotes:
            return None, ""
        source_id, needle = quotes[0].get("source"), str(quotes[0].get("text", ""))
    source = next((s for s in tree.get("sources", None) or [] if s.get("id") == source_id), None)
    return source, " ".join(needle.split())


def archived_text(folder: Path, source: Any) -> str | None:
    """A source's archived copy, read inside the briefing's folder (links out refused)."""
    try:
        data = read_confined(folder, str(source.get("text", "")), MAX_SOURCE_BYTES)
        return data.decode("utf-8")
    except (BriefingError, OSError, UnicodeDecodeError):
        return None


def passage(folder: Path, tree: Any, item: Item) -> str:
    """The passage of the item's source it was drafted from (closest match), or ''."""
    source, needle = source_of(tree, item)
    text = archived_text(folder, source) if source is not None and needle else None
    return closest_passage(" ".join(text.split()), needle) if text else ""


def passage_span(text: str, needle: str) -> tuple[int, int] | None:
    """Where in ``text`` the passage around the best match of ``needle`` is: the sentence(s)
    around it, from a sentence's or paragraph's start to its end ('... he said: "All options are
    on the table."', not 200 characters either side from mid-word), at most 400 characters;
    None when nothing matches well enough."""
    at = text.find(needle)
    if at >= 0:
        start, end = at, at + len(needle)
    else:
        match = fuzz.partial_ratio_alignment(needle[:PASSAGE_LIMIT], text)
        if match is None or match.score < 60:
            return None
        start, end = match.dest_start, match.dest_end
    stops = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - PASSAGE_LIMIT // 2), start)]
    left = stops[-1] if stops else max(0, start - PASSAGE_LIMIT // 2)
    after = _SENTENCE_END.search(text, max(start, end - 1), end + PASSAGE_LIMIT // 2)  # the item's own stop too
    right = after.start() + len(after.group().rstrip()) if after else min(len(text), end + PASSAGE_LIMIT // 2)
    return left + len(text[left:start]) - len(text[left:start].lstrip()), right


def closest_passage(text: str, needle: str) -> str:
    """The sentence(s) of ``text`` around the best match of ``needle``, at most 400 characters."""
    span = passage_span(text, needle)
    if span is None:
        return ""
    snippet = text[span[0]:span[1]]
    return snippet if len(snippet) <= PASSAGE_LIMIT else snippet[: PASSAGE_LIMIT - 1] + "…"
