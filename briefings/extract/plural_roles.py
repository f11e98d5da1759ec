"""A plural role that stands for governments the article listed with it: "The foreign ministers
of Egypt, Jordan and Qatar met in Cairo. … '…,' the ministers said in a joint statement."

The label "the ministers" names no one, so its party was unstated though the article had just
said whose ministers they are. The party is read from the latest "<role> of <A, B and C>" with
the same plural head before the quote, as a joint statement's is: the countries joined in the
article's order (ANNOTATION_NOTES, party rule 3). A list that holds anything but countries
("the Foreign Ministers of Canada … and the High Representative of the European Union") gives
none, as a group of mixed actors does.
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in
from briefings.extract.article import Article
from briefings.extract.labels import joined, party_of_body

_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"  # "the United States of America"
# the list ends there: not ", and the High Representative of ...", nor " of America", after it
_LIST_END = r"(?![\w'’-])(?!,?\s+and\s)(?!\s+of\s)"
_LIST_AFTER_OF = r"\s+of\s+(" + _NAME + r"(?:,\s+" + _NAME + r")*,?\s+and\s+" + _NAME + r")" + _LIST_END
_REACH = 2000  # characters read back for the list
_LIST = re.compile(r"(?<![\w'’-])(" + _NAME + r"(?:,\s+" + _NAME + r")*,?\s+and\s+" + _NAME + r")" + _LIST_END)
_GROUP_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"  # "U.S." of "U.S. officials"
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_ITEM = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_DETERMINERS = frozenset({"the", "his", "her", "their", "its", "a", "an", "our"})  # "The foreign ministers"
# the countries written just before a role: "the French", "Britain's", "his Russian and German"
_OWNERS_BEFORE = re.compile(r"([A-Z][\w.-]*(?:['’]s)?(?:(?:,\s+|,?\s+and\s+)[A-Z][\w.-]*(?:['’]s)?)*)\s+\Z")


def listed_party(article: Article, label: str, before: int) -> tuple[str, str] | None:
    """The countries the latest "<head> of A, B and C" before ``before`` lists, for the plural
    label ``label`` ("ministers"), and the words read; None where there is none."""
    head = label.split()[-1] if label else ""
    if len(head) < 3 or not head.endswith("s") or not head.isalpha():
        return None
    pattern = re.compile(rf"\b(?i:{head}){_LIST_AFTER_OF}")
    found = list(pattern.finditer(article.masked, max(0, before - _REACH), before))
    if not found:
        return _numbered(article, label, before) or _one_actors(article, label, head, before)
    phrase = f"{head} of {found[-1].group(1)}"
    party, why = party_of_body(phrase)
    if party is None or "lists them" not in (why or ""):
        return None
    return party, f"{label!r} are the {phrase!r} the article names before"


def _numbered(article: Article, label: str, before: int) -> tuple[str, str] | None:
    """ "Germany, France and Poland called for … '…,' the three foreign ministers said": a
    label that counts its people stands for the latest list of as many countries before it (a
    list of another length, or of anything but countries, gives none)."""
    count = _NUMBERS.get(label.split()[0].lower()) if label.split() else None
    if count is None:
        return None
    lists = [m.group(1) for m in _LIST.finditer(article.masked, max(0, before - _REACH), before)
             if len(_ITEM.split(m.group(1))) == count]
    if not lists:
        return _counted_holders(article, label, count, before)
    party, why = party_of_body(lists[-1])
    if party is None or "lists them" not in (why or ""):
        return None
    return party, f"{label!r} counts the {count} countries the article lists before: {lists[-1]!r}"


def _one_actors(article: Article, label: str, head: str, before: int) -> tuple[str, str] | None:
    """ "ASEAN foreign ministers met on Monday. … '…,' the ministers said": a bare plural label
    stands for the group the article named with the same head before, when every such group
    names one actor (two, "Iranian officials" and "U.S. officials", give none)."""
    if label != head:
        return None
    pattern = re.compile(rf"(?<![\w'’.-])({_GROUP_NAME})\s+(?:[a-z][\w-]*\s+){{0,2}}(?i:{head})\b")
    groups = [(m.group(0), found[0]) for m in pattern.finditer(article.masked, max(0, before - _REACH), before)
              if (found := actor_in(m.group(0)))]
    if len({actor for _, actor in groups}) != 1:
        return None
    return groups[-1][1], f"{label!r} are the {groups[-1][0]!r} the article names before"


def _counted_holders(article: Article, label: str, count: int, before: int) -> tuple[str, str] | None:
    """ "the French Foreign Minister said at a press conference with his Russian and German
    counterparts … '…,' the three foreign ministers said": a label that counts the holders of a
    role stands for the countries the article wrote that role (or "counterparts") with before,
    in the article's order, when they are as many as it counts."""
    role = " ".join(label.split()[1:]).lower()
    if not role.endswith("s") or len(role) < 4:
        return None
    pattern = re.compile(rf"\b(?i:{re.escape(role[:-1])}s?|counterparts?)\b")
    start = max(0, before - _REACH)
    countries: list[str] = []
    for match in pattern.finditer(article.masked, start, before):
        owners = _OWNERS_BEFORE.search(article.masked, max(start, match.start() - 60), match.start())
        read = _owning_countries(_ITEM.split(owners.group(1)) if owners else [])
        if read is None:
            return None  # "the EU foreign policy chief and his counterparts": no government's
        countries += [country for country in read if country not in countries]
    if len(countries) != count:
        return None
    return joined(countries), f"{label!r} counts the {count} countries the article writes that role with before"


def _owning_countries(items: list[str]) -> list[str] | None:
    """The countries at the end of the capitalised words before a role ("Minister and Hungary's"
    → Hungary; "the" or a title word before them ends them), or None where the word next to the
    role names an organisation or something else than a country."""
    countries: list[str] = []
    for item in reversed(items):
        found = actor_in(item)
        if found is None or found[1] != "country":
            return None if found or (not countries and item.lower() not in _DETERMINERS) else countries[::-1]
        countries.append(found[0])
    return countries[::-1]
