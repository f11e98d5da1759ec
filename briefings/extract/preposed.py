"""A role phrase set before a name, with the role's host between: the name holds the role.

Wire copy names an official by a role phrase first and the name after it, set off by commas:
"Russia's ambassador to Lithuania, Alexei Gromov, dismissed the remarks", "the UN envoy for
the Middle East peace process, Tor Kristiansen, said", "Her spokesman, Pieter Janssens,
added"; and the first of two offices joined by "and" ("Crown Prince and Prime Minister X").
The name carries no title of its own there, so a later "the ambassador said" or "the
UN envoy said" found no one titled so and went to the article's last speaker, or to another
envoy named later (confidently wrong). The role's words are the person's title words: the
resolver indexes them as it indexes "Ambassador Alexei Gromov".

Only where the phrase and the name are in one sentence, with nothing between them but the
role's host ("to Lithuania", "for Sudan", "at the UN") and a comma, and a comma or the
sentence's end after the name: "the ambassador met the minister, X" is no apposition, as the
verb comes between. A story's opening role and the person the next paragraph names
(``lede``) are indexed the same way.
"""

from __future__ import annotations

import re

from briefings.extract.actors import actors_in
from briefings.extract.article import Article
from briefings.extract.heads import holds_a_role
from briefings.extract.lede import revealed
from briefings.extract.mention import Mention
from briefings.extract.titles import title_words_before

# the host of a role after its noun, then the comma before the name: "to Lithuania, "
_GAP = re.compile(r"(?:[ \t]+(?:to|for|in|at|on|of)[ \t]+[^,;:\"“”()\n]{1,70}?)?[ \t]*,[ \t]*")
_AFTER_NAME = re.compile(r"[ \t]*(?:[,.;:)]|$)")
_OF = re.compile(r"[ \t]+of[ \t]")
_HOST_LINK = re.compile(r"[ \t](?:to|in|at|for|on)[ \t]")  # "of Russia to Lithuania": Russia's, not the host
_AND_BEFORE = re.compile(r"\band[ \t]+$")
_LOOK_BACK = 6  # mentions before a name read for the role phrase: the host may name places


def preposed_titles(article: Article, persons: list[Mention]) -> dict[int, set[str]]:
    """For each person named right after a role phrase and its host, the phrase's title words,
    by the person's start."""
    found: dict[int, set[str]] = {}
    for person in persons:
        role = _role_before(article, person)
        if role is not None:  # "Russia's ambassador": the owner's name is a title word too
            gap = article.masked[role.end:person.start]
            found[person.start] = {*actors_words(role), *role.titles, *_country_of(gap)}
        first = _first_of_two_offices(article, person)
        if first:
            found.setdefault(person.start, set()).update(first)
    reveal = revealed(article)  # "Israel's prime minister has said … / Benjamin Netanyahu said"
    if reveal is not None:
        role, person = reveal
        found[person.start] = {*actors_words(role), *role.titles}
    return found


def actors_words(role: Mention) -> list[str]:
    """The owner's name of a role phrase, in lower-case words ("Israel's prime minister")."""
    return role.antecedent.name.lower().split() if role.antecedent and role.antecedent.name else []


def _first_of_two_offices(article: Article, person: Mention) -> list[str]:
    """ "Crown Prince and Prime Minister X": the office before "and" is X's too, so that "the
    Crown Prince" later finds X (no one was titled so: the quote had no speaker). Only for a
    name whose own run holds the second office."""
    if not person.titles or not _AND_BEFORE.search(article.masked, max(0, person.start - 8), person.start):
        return []
    return title_words_before(article.masked, person.start)[0].lower().split()


def _country_of(gap: str) -> list[str]:
    """ "The Minister of Foreign Affairs of the Republic of Azerbaijan, X,": the country the role's
    "of" names before any host ("to Lithuania"), as a title word, so that "the Saudi minister"
    later is not X (it was, 0.87)."""
    if not _OF.match(gap):
        return []
    owned = _HOST_LINK.split(gap, maxsplit=1)[0]
    return [actor.lower() for actor, kind in actors_in(owned) if kind == "country"]


def _role_before(article: Article, person: Mention) -> Mention | None:
    """The role phrase set before ``person`` ("the ambassador to Lithuania, X,"), or None."""
    for other in reversed(article.mentions_before(person.start, _LOOK_BACK)):
        if other.kind != "role":
            continue
        if not holds_a_role(other) or not _GAP.fullmatch(article.masked, other.end, person.start):
            return None
        if article.sentence_index(other.start) != article.sentence_index(person.start):
            return None
        return other if _AFTER_NAME.match(article.masked, person.end) else None
    return None

