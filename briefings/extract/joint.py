"""Joint statements: one speaker made of several ("X and Y said in a joint statement").

News prose gives a statement to several speakers at once in two ways:

* coordinated names as the subject of the cue: "Jane Roe and Karl Weber said", "Paris, Berlin
  and Rome said in a joint communique";
* a plural role phrase with "two" or "both": "the two ministers said", "both leaders said",
  which stands for the people the article has introduced with that title.

Either way the quote gets one speaker, the members' names joined ("Jane Roe and Karl Weber"),
and ``Quote.joint`` lists the members, so a draft keeps the statement under one entry instead
of splitting its quotes between the members.
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.lexicon import union
from briefings.extract.mention import Mention

_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)")
_NEXT_WORD = re.compile(r"[ \t]+([a-z][\w-]*)")
_NAMED = ("person", "name1", "org")
_JOINT_WORDS = ("two", "both")
MAX_MEMBERS = 4
#: titles of heads of state and government: "the two leaders" are the last two people titled so
LEADERS = ("leader", "president", "king", "queen", "emir", "sultan", "chancellor", "premier", "prime")


def coordinated(article: Article, mention: Mention) -> Mention | None:
    """The joint mention "A and B" (or "A, B and C") that ends with ``mention``, if any."""
    if mention.kind not in _NAMED or mention.possessive:
        return None
    members = [mention]
    joiners: list[str] = []
    for earlier in reversed(article.mentions_before(mention.start, MAX_MEMBERS)):
        gap = article.masked[earlier.end:members[0].start]
        if not _joins(earlier, gap):
            break
        joiners.append(gap)
        members.insert(0, earlier)
        if len(members) == MAX_MEMBERS:
            break
    _add_later(article, mention, members, joiners)
    saw_and = any("and" in gap or "&" in gap for gap in joiners)
    if len(members) < 2 or not saw_and or not _subject(article, members[0]):
        return None
    first, last = members[0], members[-1]
    return Mention(first.start, last.end, article.text[first.start:last.end], "joint",
                   subject_like=True, members=members)


def _add_later(article: Article, mention: Mention, members: list[Mention], joiners: list[str]) -> None:
    """Extend ``members`` (and ``joiners``) with the names joined after ``mention``; none where
    a role noun follows them ("X, Israel and Palestine director at Y,")."""
    before, added = len(members), list[Mention]()
    for later in article.mentions_between(mention.end, mention.end + 120):
        gap = article.masked[(added or members)[-1].end:later.start]
        if not _joins(later, gap) or before + len(added) == MAX_MEMBERS:
            break
        added.append(later)
        joiners.append(gap)
    if added and _portfolio_of_role(article, added[-1]):
        del joiners[len(joiners) - len(added):]
        return
    members.extend(added)


def _portfolio_of_role(article: Article, last: Mention) -> bool:
    """Whether a role noun follows the list at once ("Israel and Palestine director"): the names
    are the portfolio of someone's title, not people speaking together."""
    following = _NEXT_WORD.match(article.masked, last.end)
    return following is not None and following.group(1) in union("role_nouns", "title_words")


def _joins(other: Mention, gap: str) -> bool:
    """Whether ``other`` is a name joined to its neighbour by ``gap`` (", ", " and ")."""
    return other.kind in _NAMED and not other.possessive and _JOINER.fullmatch(gap) is not None


def _subject(article: Article, first: Mention) -> bool:
    """Whether the coordination is a subject ("Roe and Weber said", "both Roe and Weber"),
    not an object or a list after a preposition ("won Ohio and Texas")."""
    both = article.masked[max(0, first.start - 5):first.start].strip().lower() == "both"
    return both or (first.subject_like and not first.after_preposition and not first.object_like)


def is_plural_role(mention: Mention) -> bool:
    """ "the two ministers", "both leaders": a role phrase that stands for several people."""
    if mention.kind != "role" or not mention.titles:
        return False
    opening = [mention.surface.split()[0].lower(), *mention.titles[:1]]
    return any(word in _JOINT_WORDS for word in opening) and mention.titles[-1].endswith("s")


def joint_name(names: list[str]) -> str:
    """ "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
