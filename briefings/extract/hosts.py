"""Places in a title that say where someone is, not whom they speak for: a diplomat's host
("the ambassador to Russia", "an official at the embassy in Beirut", "the Special Rapporteur on
Myanmar"), the place of a visit ("on his first official visit to Singapore"), the place an envoy
is sent for ("the special envoy for Syria"), where someone lives ("a Tigrayan living in exile
in Nairobi") and the seat of a body that speaks for itself
("director of the Carnegie Middle East Center in Beirut"). Each was read as the person's party, a wrong actor with a
confidence of 0.9 or more.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import words

_HOST = re.compile(r"\b((?:ambassador|envoy|representative|rapporteur|delegate|emissary|consul|mission|delegation|"
                   r"embassy|consulate|visit|trip|tour)s?)\s+(?:to|in|at|for|on)\s+.*$", re.IGNORECASE)
_RESIDENCE = re.compile(r"\b((?:living|lives|lived|residing|resides|sheltering|stranded|displaced|exiled)"
                        r"(?:\s+in\s+exile)?)\s+(?:in|to)\s+.*$")
_IN_A_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?")
#: bodies that speak for themselves wherever they sit (``lexicon/academic_bodies.txt`` and think tanks)
_SEATED_BODIES = words("academic_bodies") | {"foundation", "forum", "initiative", "observatory", "studies", "trust",
                                             "society", "group", "network"}
_BRANCHES = frozenset({"office", "bureau", "branch"})


def without_hosts(title: str) -> str:
    """``title`` without a diplomat's or a visit's host, without a research body's seat and
    without where someone lives ("a Tigrayan living in exile in Nairobi" gave Kenya)."""
    return _without_seat(_RESIDENCE.sub(r"\1", _HOST.sub(r"\1", title)))


def _without_seat(title: str) -> str:
    """ "director of the Carnegie Middle East Center in Beirut", "head of the Crisis Group office
    in Beirut": where a research body, a university or a foundation sits is not whom its staff
    speak for (it gave Lebanon). A government's body keeps its place ("the ministry in Beirut")."""
    for match in _IN_A_PLACE.finditer(title):
        before = title[:match.start()].split()
        if before[-1:] and before[-1] in _BRANCHES:
            before.pop()  # "the Crisis Group office in Beirut"
        if before and before[-1][:1].isupper() and before[-1].lower() in _SEATED_BODIES:
            return title[:match.start()] + title[match.end():]
    return title
