"""Whose secretary general a bare "Secretary General X" is.

The organisations table reads "Secretary-General" alone as the United Nations' officer, as news
about the UN writes it. NATO, the Arab League, the OSCE, ASEAN, the GCC, OPEC and many other
bodies have a secretary general too, and "Secretary General Mark Rutte said" in a story on a NATO
summit was filed under the United Nations with no sign of doubt. A title that is only
"Secretary-General" is read from the organisations the article names: the UN's where it names
no other; the one other organisation's, marked weaker, where it names exactly one and not the UN;
no party from the title where it names the UN and others, or several others (the person's other
titles, or the office-holder list, may still tell).
"""

from __future__ import annotations

import re

from briefings.extract.actors import country_or_organisation
from briefings.extract.article import Article

_BARE = re.compile(r"(?:the\s+)?Secretary[-\s]General", re.IGNORECASE)
_UN = "United Nations"


def is_bare_secretary_general(title: str) -> bool:
    """Whether a title is "Secretary-General" and nothing else (no body, no country)."""
    return _BARE.fullmatch(" ".join(title.split())) is not None


def secretary_generals_body(article: Article, title: str) -> tuple[str, str] | None:
    """(party, evidence) of a bare secretary general's title, or None where the article names
    several bodies that have one (the person's other titles, or the office-holder list, may
    still tell)."""
    others = sorted(actor for actor in article.actors_named() - {_UN}
                    if (found := country_or_organisation(actor)) and found[1] == "organisation")
    if not others:
        return _UN, f"the title {title!r}, the UN's where the article names no other organisation"
    if len(others) == 1 and _UN not in article.actors_named():
        return others[0], (f"weaker: the title {title!r} names no body; the article names one organisation, "
                           f"{others[0]}, and not the UN")
    return None
