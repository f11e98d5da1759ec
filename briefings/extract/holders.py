"""Whom a named office holder speaks for when the article never says: the office-holder list.

News excerpts name the people every reader of foreign news knows without their titles: a
report that opens on the third paragraph of a story says "Mohammad Javad Zarif said" and never
"Iran's foreign minister". The text states no party, yet an analyst files the words under Iran
without a second thought. ``lexicon/office_holders.txt`` lists heads of state and government,
foreign and defence ministers, spokespeople and the heads of international organisations of
2000–2025, each with the party the office speaks for; it was written from the public record by
a recipe of offices and countries (its header), not from any evaluation set.

The list is the last reading of a person's party, after every statement of the text, and its
evidence says "weaker" and names the list, so a reviewer sees that the party is knowledge, not
text. A name is matched whole (every word, diacritics and hyphens aside): a surname alone is
never looked up ("Kim", "Lee" and "Khan" are many people). Two lookups of a family name were
tried and not kept, since neither changed a party on either part of foreign-dev: one with a
title of the office the list gives ("Foreign Minister Lavrov"), one with none ("Lavrov said").
A person the list has in offices of several parties (Jens Stoltenberg for Norway and for NATO)
gets the one of them the article names, if it names only one; otherwise none, with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib.resources import files

from briefings.extract.actors import actors_in
from briefings.extract.article import Article

_SEPARATORS = re.compile(r"[\s\-‐‑–’']+")


def fold(name: str) -> str:
    """A name as the list is keyed: lower case, without diacritics, hyphens and apostrophes as
    spaces ("Kim Jong-un" and "Kim Jong Un", "Erdoğan" and "Erdogan" are one key)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return " ".join(_SEPARATORS.sub(" ", bare.casefold()).split())


@cache
def office_holders() -> dict[str, list[tuple[str, str]]]:
    """Folded full name → [(party, office and years)], in the list's order."""
    text = files("briefings.extract.lexicon").joinpath("office_holders.txt").read_text(encoding="utf-8")
    table: dict[str, list[tuple[str, str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            name, party, office = line.split("\t")
            entries = table.setdefault(fold(name), [])
            if (party, office) not in entries:
                entries.append((party, office))
    return table


def holder_party(article: Article, name: str) -> tuple[str | None, str] | None:
    """(party, evidence) from the office-holder list for the person ``name``; (None, reason)
    where the list has them for several parties and the article does not tell which; None where
    the list does not have the name (or it is one word: see the module docstring)."""
    entries = office_holders().get(fold(name)) if " " in name.strip() else None
    if not entries:
        return None
    listed = f"the office-holder list has {name}"
    parties = list(dict.fromkeys(party for party, _ in entries))
    if len(parties) == 1:
        offices = "; ".join(office for _, office in entries)
        return parties[0], (f"weaker: the article does not say whom {name} speaks for; {listed} for {parties[0]} "
                            f"({offices})")
    named = [party for party in parties if party in _actors_named(article)]
    if len(named) == 1:
        offices = "; ".join(f"{office} for {party}" for party, office in entries)
        return named[0], (f"weaker: the article does not say whom {name} speaks for; {listed} in several offices "
                          f"({offices}), and the article names only {named[0]} of them")
    return None, f"the article does not say whom {name} speaks for, and {listed} for {' and for '.join(parties)}"


def _actors_named(article: Article) -> frozenset[str]:
    """Every country and organisation the article names, found once per article."""
    key = ("actors named",)
    if key not in article.memo:
        article.memo[key] = frozenset(actor for actor, _ in actors_in(article.masked))
    return article.memo[key]
