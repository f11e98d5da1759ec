"""Whom the head of an unnamed mission or delegation speaks for: the actor the article gave it.

Election observers and negotiating teams are introduced once by their owner ("the European Union
election observation mission", "the joint mission representing the OSCE, the Council of Europe
and Nato") and their head later by a title without one: "X, the chief observer,", "X, head of
the delegation,", "X, the official in charge of the monitoring operation,". An analyst files
the head's words under the mission's owner (foreign-dev ANNOTATION_NOTES, party rule 2: the head
of the joint observer mission is the OSCE's, the first it represents). The party is read only
where every mission or delegation the article names before the person names the same actor; two
owners (talks between two delegations) or none leave it unknown.
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in
from briefings.extract.article import Article
from briefings.extract.resolve import Resolver
from briefings.extract.titles import mentions_of

# a title that heads or leads a mission whose owner it does not name (lower-case words only)
_HEADS_UNNAMED = re.compile(r"\b(?:chief|head|lead)\s+observer\b"
                            r"|\b(?:head|chief|leader)\s+of\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?:mission|delegation)\b"
                            r"|\bin\s+charge\s+of\s+the\s+(?:[a-z][\w-]*\s+){0,2}(?:mission|operation)\b")
_NAME_RUN = r"((?:(?:the\s+)?[A-Z][\w'’.-]*,?\s+(?:(?:of|for|and|in)\s+)?){1,8})"
# the kind of a mission between its owner and the noun: "election observation", "negotiating"
_KIND = r"(?:(?:election|electoral|observation|observer|monitoring|joint|negotiating|peace|parliamentary|technical|" \
        r"trade|high-level|fact-finding|assessment|military|diplomatic|official|government|special)\s+){0,3}"
# "the European Union election observation mission", "the Iranian delegation" (not "Kyiv welcomed
# the delegation": a verb between names no owner)
_OWNED_MISSION = re.compile(_NAME_RUN + _KIND + r"(?:mission|delegation)\b")
# "the joint mission representing the OSCE, ...", "a delegation of the European Parliament"
_MISSION_OF = re.compile(r"\b(?:mission|delegation)\s+(?:representing|of|from)\s+" + _NAME_RUN)


def mission_owner(article: Article, resolver: Resolver, name: str,
                  titles: list[str]) -> tuple[str, str] | None:
    """(party, evidence) for a person titled as the head of a mission the article named before
    with one owner, else None."""
    heads = [title for title in titles if _HEADS_UNNAMED.search(title) and actor_in(title) is None]
    mentions = mentions_of(article, resolver, name)
    if not heads or not mentions:
        return None
    before = article.masked[:mentions[0].start]
    owners: dict[str, str] = {}
    for match in [*_OWNED_MISSION.finditer(before), *_MISSION_OF.finditer(before)]:
        found = actor_in(match.group(1))
        if found:
            owners.setdefault(found[0], " ".join(match.group(0).split()))
    if len(owners) != 1:
        return None
    ((owner, phrase),) = owners.items()
    return owner, f"{heads[0]!r} heads the mission the article named before: {phrase!r}, {owner}'s"
