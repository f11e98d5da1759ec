"""Whom a body introduced as an actor's organ speaks for: "Hamas's armed wing, the Qassam
Brigades," speaks for Hamas; "Iran's paramilitary force, the Basij," for Iran.

News names a wing, a force or a service by the owner's possessive and a common noun, then by its
own name in apposition. Read alone, the own name ("Qassam Brigades") names no actor the tables
hold and had no party. The owner's possessive is read where the article writes the body right
after "<Actor>'s <one to four lower-case words>, (the)". The owner must be an actor the tables
hold (a country, an organisation, a listed armed group), and the words between no other time or
side ("Ukraine's opposition leader, X,", "America's former envoy, X,"). A body whose own name
names an actor is that actor's ("in the face of North Korea's growing threats, Seoul's foreign
ministry said" gave North Korea).
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in, country_or_organisation
from briefings.extract.article import Article

_OWNER = re.compile(r"((?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)['’]s?\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+"
                    r"(?:the\s+)?\Z")


_NOT_NOW = re.compile(r"\b(?:former|ex|retired|exiled|opposition|rebel|jailed)\b")


def owner_of_wing(article: Article, body: str) -> tuple[str, str] | None:
    """(party, evidence) for a body written in apposition to an actor's organ, else None. The
    body's name is found first (as fast as ``str.find``), the owner read in the words before."""
    if actor_in(body):  # "North Korea's growing threats, Seoul's foreign ministry said": its own name says
        return None
    masked, at = article.masked, article.masked.find(body)
    while at > 0:  # a written body, with the words before it
        start, at = at, masked.find(body, at + 1)
        match = _OWNER.search(masked, max(0, start - 80), start)
        if match is None or _NOT_NOW.search(match.group(0)):
            continue  # "Ukraine's opposition leader, X,", "America's former envoy, X,": not the owner's voice
        words_ = match.group(1).split()
        for owner in (" ".join(words_[k:]) for k in range(len(words_))):  # "The Hamas" → "Hamas"
            found = country_or_organisation(owner)
            if found:
                said = " ".join(masked[match.start():start + len(body)].split())
                return found[0], f"the article writes {body!r} as {owner}'s: {said!r}"
    return None
