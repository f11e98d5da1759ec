"""Whom an opposition politician speaks for: the opposition of their country, never its government.

"Belarusian opposition leader X", "opposition candidate X": the party is the body the title names
("opposition Green Party leader", "leader of the main opposition Green Party (GP)"), else
"<Nationality> opposition" for the country the title names. A title that names no country
("opposition leader X told supporters in the capital") is read from the article: where it names
one country and no other (a story on that country's election or crisis), the opposition is that
country's, marked weaker; where it names several, or none, the party is left unknown.
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in, country_or_organisation, nationality_of
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
    weaker = ""
    if country is None and found is None:
        country = _only_country(article)
        weaker = "; weaker: the title names no country, and the article names this one only"
    adjective = nationality_of(country) if country else None
    if adjective is None:
        return None, "an opposition politician of a country the article does not name"
    return f"{adjective} opposition", f"an opposition politician of {country}, never its government{weaker}"


def _only_country(article: Article) -> str | None:
    """The one country the article names outside quotes, by its name or its nationality (a
    capital alone is where the news happens: "told lawmakers in Vilnius"), or None where it
    names none or several."""
    countries = [actor for actor in article.actors_named() if (found := country_or_organisation(actor))
                 and found[1] == "country"]
    if len(countries) != 1:
        return None
    written = [countries[0], nationality_of(countries[0]) or countries[0]]
    return countries[0] if any(re.search(rf"\b{re.escape(w)}\b", article.masked) for w in written) else None
