"""Whom an opposition politician speaks for: the opposition of their country, never its government.

"Belarusian opposition leader X", "opposition candidate X": the party is the body the title names
("opposition Green Party leader", "leader of the main opposition Green Party (GP)"), else
"<Nationality> opposition" for the country the title names. A title that names no country
("opposition leader X told supporters in the capital") leaves the party unknown. Reading it from
the one country the article names (marked weaker) was tried in round 10: it helped the
foreign-dev development part (one quote) and not its report part, and was deleted
(docs/extraction.md, "Round 10, all together"), as the fallback to the country an article names
most was in round 5.
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in, nationality_of
from briefings.extract.article import Article
from briefings.extract.title_bodies import body_after_title, body_in_title

# what an opposition party's title holds besides its name: "the main opposition", "(CHP)"
_OPPOSITION_WORDS = re.compile(r"\b(?:(?:main|largest|biggest|leading)\s+)?opposition\b|\([A-Z]{2,8}\)", re.IGNORECASE)


def opposition_party(article: Article, title: str) -> tuple[str | None, str | None]:
    """(party, evidence), or (None, reason), of an opposition politician with this title."""
    bare = " ".join(_OPPOSITION_WORDS.sub(" ", title).split())  # "main opposition X Party (XP) leader"
    body = body_in_title(bare) or body_after_title(bare)
    if body and not actor_in(body):
        return body, f"an opposition politician of {body!r}"
    found = actor_in(title)
    country = found[0] if found and found[1] == "country" else None
    adjective = nationality_of(country) if country else None
    if adjective is None:
        return None, "an opposition politician of a country the article does not name"
    return f"{adjective} opposition", f"an opposition politician of {country}, never its government"
