"""Unnamed sources met again: "the official", "the diplomat" after the article brought
someone in.

News brings an unnamed source in with a fuller phrase ("A senior Israeli official said") and
shortens it after ("the official told reporters"): the short phrase keeps the fuller label and
its party (:func:`introduced_as`); where two such phrases came just before, no speaker. Where
no such phrase came before and a named person spoke in the sentence just before, "the
diplomat" may be that person or someone else the article does not name
(:func:`named_just_before`): the resolver gives no speaker and says so, rather than the bare
word.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefings.extract.backrefs import titled_speaker_before
from briefings.extract.heads import as_written
from briefings.extract.mention import Mention

if TYPE_CHECKING:
    from briefings.extract.resolve import Resolver


def unnamed_source(resolver: Resolver, mention: Mention) -> str | None:
    """An unnamed source's label: the fuller phrase that introduced it; else the titled person
    the sentence before quotes ("Deputy Foreign Minister X told TASS. '…,' the diplomat said",
    :func:`briefings.extract.backrefs.titled_speaker_before`); else none where a named person
    with no title spoke just before (the reason is kept in ``Resolver.withheld``: the phrase may
    be them or someone the article does not name); else as written."""
    introduced = introduced_as(mention, resolver.article.mentions_before(mention.start, 30))
    rival = introduced and _rival(resolver, mention, introduced)
    if rival:
        resolver.withheld[mention.start] = (f"no speaker: {mention.surface!r} may be the {introduced} or the "
                                            f"{rival}, both brought in just before")
        return None
    titled = None if introduced else titled_speaker_before(resolver, mention)
    if titled:
        return titled
    named = None if introduced else named_just_before(resolver, mention)
    if named:
        resolver.withheld[mention.start] = (f"no speaker: {mention.surface!r} may be {named}, who spoke "
                                            "just before, or someone the article does not name")
        return None
    return introduced or as_written(mention)


def introduced_as(mention: Mention, earlier: list[Mention]) -> str | None:
    """ "A senior Israeli official rejected the plan. '...,' the official said": the label of
    the last fuller phrase of the same head noun before ``mention`` (``earlier`` in text order)."""
    head = mention.titles[-1] if mention.titles else ""
    if not head or mention.surface.split()[0].lower() != "the":
        return None
    for other in reversed(earlier):  # "A senior Iranian diplomat … the Iranian diplomat said" too
        if other.kind == "role" and other.titles[-1:] == [head] and len(other.titles) > len(mention.titles) and \
                set(mention.titles) <= set(other.titles) and other.surface.split()[0].lower() in ("a", "an"):
            return as_written(other)
    return None


def _rival(resolver: Resolver, mention: Mention, label: str) -> str | None:
    """Another fuller phrase of the same head, not ``label``, brought in within the two
    sentences before ``mention``'s ("A senior Israeli official said … . A Palestinian official
    said … . '…,' the official said": either may be meant), or None."""
    article = resolver.article
    start = article.sentences[max(0, article.sentence_index(mention.start) - 2)].start
    nearby = [m for m in article.mentions_between(start, mention.start) if m.end <= mention.start]
    others = {found for m in nearby if (found := introduced_as(mention, [m])) and found != label}
    return min(others) if others else None


def named_just_before(resolver: Resolver, mention: Mention) -> str | None:
    """The named person who spoke in the sentence before a definite "the diplomat", if any."""
    article = resolver.article
    index = article.sentence_index(mention.start)
    if mention.surface.split()[0].lower() != "the" or index == 0:
        return None
    start = article.sentences[index - 1].start
    return next((name for position, name, _ in resolver.speakers if start <= position < mention.start
                 and resolver.people_named(name)), None)
