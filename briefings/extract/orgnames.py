"""Organisations to their fullest name: "the Commission" is the "European Commission" the
article named, "ECOWAS" the "Economic Community of West African States (ECOWAS)".

News style names a body in full once and shortens it after, as it does a person: to a tail of
its name ("Security Council" for "UN Security Council") or to an acronym given in brackets after
the full name. Only forms the article itself gives are used.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.lexicon import words
from briefings.extract.mention import Mention
from briefings.extract.shape import is_demonym

if TYPE_CHECKING:
    from briefings.extract.article import Article

# the full name on the acronym's line: a line of page furniture before it ("Advertisement",
# a headline) is no part of it ("Advertisement\n\nThe Mainland Affairs Council (MAC)" was one name)
_ACRONYM_AFTER = re.compile(
    r"((?:[A-Z][\w'’-]*[^\S\n]+(?:(?:of|the|for|and|on|in)[^\S\n]+)*){1,8}[A-Z][\w'’-]*)[^\S\n]+\(([A-Z][A-Za-z]{1,9})\)")


def acronyms(text: str) -> dict[str, str]:
    """{acronym: full name} for every "Full Name (ACRONYM)" whose capitals spell the acronym's
    first letter and are at least as many as its letters, or whose letters spell it syllable
    by syllable ("MOFCOM")."""
    found: dict[str, str] = {}
    for match in _ACRONYM_AFTER.finditer(text):
        full, short = _without_owner(match.group(1).removeprefix("The "), match.group(2)), match.group(2)
        capitals = [w[0] for w in full.split() if w[0].isupper()]
        if short[0] != capitals[0] and len(capitals) > 2 and is_demonym(full.split()[0]):
            capitals = capitals[1:]  # "Philippine Department of Foreign Affairs (DFA)": the nationality is no letter
        if short[0] == capitals[0] and (len(capitals) >= sum(c.isupper() for c in short) - 1 or
                                        _syllabic(short, full, capitals)) or _foreign_acronym(short, full):
            found.setdefault(short, full)
    return found


def _without_owner(full: str, short: str) -> str:
    """ "Colombia's National Liberation Army (ELN)" → "National Liberation Army": a possessive
    opening the name whose initial the acronym lacks is its place, no part of a group's name
    outside the government ("People's Liberation Army (PLA)" keeps its own). A state's body
    keeps its owner: "Taiwan's Mainland Affairs Council (MAC)" is Taiwan's, and without the
    possessive "the MAC said" spoke for a body "Mainland Affairs Council" (attack12 probe)."""
    if not {w.lower() for w in full.split()} & (words("non_state_words") | _GROUP_HEADS):
        return full
    while (owner := _OWNER.match(full)) and owner.group(1)[0] not in short:
        full = full[owner.end():]
    return full


# heads of a group outside the government
_GROUP_HEADS = frozenset({"movement", "party", "front", "league", "brigades", "brigade", "militia"})
_OWNER = re.compile(r"([A-Z][\w.-]*)['’]s\s+(?=[A-Z])")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
_NAME_LINKS = frozenset({"of", "the", "for", "and", "on"})


def spelled_out(article: Article, short: str) -> str | None:
    """ "DFA spokesperson Teresita X" after "The Department of Foreign Affairs said": an acronym
    the article never puts in brackets is the one name of capitalised words it writes whose
    initials spell it (the links "of", "the", "for", "and" spell no letter) and that holds a body
    word: "Director Francisco Alvarez" is a person, no "DFA". Two such names, or none: None. Read
    once per article and acronym."""
    if not _ACRONYM.fullmatch(short):
        return None
    key = ("spelled out", short)
    if key not in article.memo:
        links = r"(?:\s+(?:of|the|for|and|on))*\s+"
        pattern = r"\b" + links.join(rf"{letter}[\w'’-]*" for letter in short) + r"\b"
        names = {m.group() for m in re.finditer(pattern, article.text)
                 if all(w[:1].isupper() or w in _NAME_LINKS for w in m.group().split()) and
                 any(w.lower() in words("org_words") for w in m.group().split())}
        article.memo[key] = names.pop() if len(names) == 1 else None
    return article.memo[key]


def _foreign_acronym(short: str, full: str) -> bool:
    """ "State Committee for National Security (GKNB)", "Kurdistan Workers' Party (PKK)": an
    acronym of three capitals or more, from the body's name in its own language, set in brackets
    after a name that holds a body word, and sharing a letter with its initials (a news agency's
    credit, "(AFP)", is none; nor is "(XQZ)" after "Gulf Shipping Board")."""
    initials = {word[0] for word in full.split() if word[:1].isupper()}
    return short.isupper() and len(short) >= 3 and short.lower() not in words("news_outlets") and \
        bool(initials & set(short)) and any(word.lower() in words("org_words") for word in full.split())


def _syllabic(short: str, full: str, capitals: list[str]) -> bool:
    """ "Ministry of Commerce (MOFCOM)": an acronym of syllables, whose letters are drawn in
    order from the full name and hold every capital's initial in order."""
    letters = iter(full.lower())
    initials = iter(short.lower())
    return all(c in letters for c in short.lower()) and all(c.lower() in initials for c in capitals)


def fullest_org_names(orgs: list[Mention], text: str) -> dict[str, str]:
    """Each organisation name of the article → its fullest form the article gives."""
    by_last: dict[str, list[str]] = {}
    for name in sorted({m.name for m in orgs if m.name.split()}, key=len):
        by_last.setdefault(name.split()[-1].casefold(), []).append(name)
    fullest = dict(acronyms(text))
    for names in by_last.values():  # a tail shares its last word with the full name
        for name in names:
            tail = name.casefold().split()
            longer = [other for other in names if len(other.split()) > len(tail)
                      and other.casefold().split()[-len(tail):] == tail]
            if longer:
                fullest[name] = max(longer, key=len)
    return fullest


def aliases_of(article: Article, name: str) -> list[str]:
    """The acronyms the article gives the body ``name`` ("Ministry of Commerce (MOFCOM)"), from
    the article's acronyms read once (read again per body, they cost 0.08 s a body on 1 MB)."""
    return [short for short, full in article_acronyms(article).items() if full == name]


def article_acronyms(article: Article) -> dict[str, str]:
    """:func:`acronyms` of an article, read once."""
    if ("acronyms",) not in article.memo:
        article.memo["acronyms",] = acronyms(article.text)
    return article.memo["acronyms",]
