"""A spokesperson for a person: "a spokesman for Lebanon's caretaker Prime Minister X said".

The spokesperson speaks, not the person they speak for, nor that person's country. The link
after the role ("for ...") was read as a statement's issuer: the quote went to the person
("Nabil X") or to the first word after "for" ("Lebanon", from "Lebanon's"), both confidently
wrong. Where the words after "for" are only a title (capitalised words, possessives, title
words) before a person's name, the spokesperson is an unnamed speaker labelled with that person
("spokesman for Samir Aoun"), and a later "the spokesman" is the same one; the party is left to
the party step. (Before round 9, "A spokesman for Mr Hallam said" gave "Hallam", and a test
said so; issue 19's brief for round 9 names the spokesperson as the speaker and the person as
whose party it is, and the label keeps both.) A body after "for" ("a spokeswoman for the
agency") is unchanged: it speaks through its spokesperson (``issuers.spokesperson_body``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.heads import as_written
from briefings.extract.lexicon import union
from briefings.extract.mention import Mention

if TYPE_CHECKING:
    from briefings.extract.resolve import Resolver

_FOR = re.compile(r"[ \t]+for[ \t]+")
_REACH = 80  # characters after "for" read for the person's name
_POSSESSIVE = re.compile(r"['’]s$")
_PUNCTUATION = re.compile(r"[,.;:()\"“”]")
_TITLE_WORDS = 6  # at most, before the name


def spokesperson_for(resolver: Resolver, mention: Mention) -> str | None:
    """ "spokesman for Samir Aoun" where ``mention`` ("a spokesman") is followed by "for", a
    title and a person's name; else None."""
    text = resolver.article.masked
    link = _FOR.match(text, mention.end)
    if link is None:
        return None
    for other in resolver.article.mentions_between(link.end(), link.end() + _REACH):
        if other.kind == "person":
            if not _only_a_title(text[link.end():other.start]):
                return None
            return f"{as_written(mention)} for {resolver.full_name(other.name)}"
    return None


def _only_a_title(gap: str) -> bool:
    """ "Lebanon's caretaker Prime Minister ", "President ", "": a title before a name, with
    no verb, preposition or punctuation in it ("the ministry told ", "the president, ")."""
    stops = union("cues", "prepositions", "subject_openers", "auxiliaries")
    found = gap.split()
    return len(found) <= _TITLE_WORDS and not _PUNCTUATION.search(gap) and \
        all(word[:1].isupper() or _POSSESSIVE.sub("", word) not in stops for word in found)
