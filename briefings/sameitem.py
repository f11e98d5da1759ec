"""Whether two items of a briefing are the same item: the one definition.

Three parts of the loop ask it, and all three ask here:

- what changed between two editions (:mod:`briefings.building.changes`);
- whether an article merged into a briefing brings something it already has
  (:mod:`briefings.drafting.merge`, :mod:`briefings.drafting.known`);
- which item a review id names, and whether an item the analyst rejected comes back
  (:mod:`briefings.review.items`: a fingerprint is a digest of the key made here).

An item is named by what it says, never by its place in the file, so the key survives the
analyst's reordering and a later article bringing the same material again:

============  ==================================================================
kind          the same item when
============  ==================================================================
quote         the same speaker (id) and the same words as they read
consequence   under the same party (id), the same description as it reads
event         the same date and the same words as they read
party         the same name as it reads, in any case, without a leading "the" or
              "government of" and a trailing "government" or "administration"
============  ==================================================================

"As it reads" is :func:`briefings.textfold.comparable`: curly or straight quotation marks,
dashes, runs of white space, compatibility forms, zero-width characters and Cyrillic or Greek
letters drawn like Latin ones make no new item. Case does (a quote in capitals was written so),
except in a name.

The three had drifted; what an analyst needs decided each difference:

1. **Folding.** Editions and merges compared with :func:`~briefings.textfold.normalise` (quotes,
   dashes, spaces), review with ``comparable``; a quote pasted again with a zero-width space was
   "new" in *what changed* and added twice by a merge while review called it the same. A text
   that reads the same is the same: ``comparable`` everywhere.
2. **A quote's speaker is part of it.** The same words said by another speaker are another
   quote: who said it is what the analyst files. Editions and merges compared the words within a
   party, so a second person of the party saying the same words was dropped by a merge and not
   reported in *what changed*; review compared the words across the whole briefing, so the same
   words under two parties got one review id and neither could be decided. A speaker id names a
   person or a party, once in a briefing, so it also says which party the quote is under. Giving
   a proposed quote another speaker gives it another review id.
3. **A consequence belongs to its party.** The same measure is one thing for the party that
   imposes it and another for the party it hits, and a briefing files it under both. Editions
   and merges compared descriptions within a party, review across the briefing: the party's id is
   in the key.
4. **A party is known by its name loosely.** Merges found a party by its names without "the"
   and "government", review by its name in lower case, so "The Kremlin" rejected came back as
   "Kremlin". One folding for both (:func:`name_key`).

Not by content, on purpose: two editions of one briefing compare parties and sources by id
(an id is stable within a briefing, and a renamed party is the same party), and a merge knows
an article by its bytes' sha256.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from briefings.textfold import comparable

#: A key: the item's kind, then what names it. Equal keys, same item.
Key = tuple[str, ...]

_FILLER = re.compile(r"^(?:the|government of(?: the)?)\s+|\s+(?:government|administration)$")


def name_key(name: Any) -> str:
    """A name as it reads, in lower case, without a leading "the" or "government of" and a
    trailing "government" or "administration": "The Government of Ruritania" is "ruritania"."""
    text = comparable(str(name or "")).lower()
    return _FILLER.sub("", _FILLER.sub("", text)).strip()


def quote_key(quote: Mapping[str, Any]) -> Key:
    """A quote: its speaker's id and its words as they read."""
    return "quote", str(quote.get("speaker", "")), comparable(str(quote.get("text", "")))


def consequence_key(consequence: Mapping[str, Any], party_id: str) -> Key:
    """A consequence filed under the party ``party_id``: that id and its description as it reads."""
    return "consequence", party_id, comparable(str(consequence.get("description", "")))


def event_key(event: Mapping[str, Any]) -> Key:
    """A timeline event: its date (ISO) and its words as they read."""
    return "event", str(event.get("date", "")), comparable(str(event.get("event", "")))


def party_key(party: Mapping[str, Any]) -> Key:
    """A party: its name (:func:`name_key`)."""
    return "party", name_key(party.get("name"))


def item_key(kind: str, node: Mapping[str, Any], party_id: str = "") -> Key:
    """The key of an item of ``kind`` ("quote", "consequence", "event" or "party");
    ``party_id`` is the party a consequence is filed under."""
    if kind == "quote":
        return quote_key(node)
    if kind == "consequence":
        return consequence_key(node, party_id)
    if kind == "event":
        return event_key(node)
    if kind == "party":
        return party_key(node)
    raise ValueError(f"not a kind of item: {kind!r}")

