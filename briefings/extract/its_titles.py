"""A title opened by "its" or "their": the body the pronoun stands for.

Wire copy names a body, then its staff by the pronoun alone: "The Belarusian Foreign Ministry
condemned the decision. Its spokesman, X, said ...", "The Organization of Turkic States
welcomed the talks. Its Secretary General, Y, said ...". Read as written, "Its" is taken for a
body called "Its", and "Secretary General" alone for the United Nations' office, a confidently
wrong party. The pronoun stands for the body the article named last before the person, in the
same sentence or the one before, as the doer of its clause: a body after a preposition is a
place or an object ("a protest outside the Japanese embassy. Its director" is the protesters'
director, not the embassy's). With none there, the title is dropped (it says whose office it
is, and the article does not say it).

A body's common noun opening a title does the same: "Spain's Interior Ministry said ... A ministry
spokesperson, X, said", "embassy spokesperson Y", "Commission spokesperson Z" are the staff of
the body of that kind just named (its name holds the noun). With none, the title stays as
written.
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.mention import Mention
from briefings.extract.relay import is_news_outlet

# patterns compiled once (pysbd fills the re module cache with its own)
_ITS = re.compile(r"(?:its|their)\s+", re.IGNORECASE)
_BODY_NOUN = re.compile(r"(?:(?:the|a|an)\s+)?(ministry|embassy|commission|agency|union|party)(?:['’]s)?\s+(?=\w)",
                        re.IGNORECASE)
# a union or a party of states is no trade union or political party: "union leader X" after "the European Union said"
_OF_STATES = re.compile(r"\b(?:European|African)\s+Union\b|\bUnion\s+of\b")
_SPOKESPERSON = re.compile(r"(?:the\s+)?(?:spokesperson|spokesman|spokeswoman)", re.IGNORECASE)
_STAFF = re.compile(r"\b(?:spokes\w*|officials?|staff|aides?)\b", re.IGNORECASE)  # "a ministry spokesperson": no body
# a lower-case body noun before a spokesperson's title: "army spokesman X", "the military's spokesman X"
_NOUN_BEFORE = re.compile(r"\b(?:army|military|police|government|navy|party|ministry|embassy)(?:['’]s)?\s+"
                          r"(?:spokesperson|spokesman|spokeswoman)\s*,?\s*\Z")
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)  # "was condemned by the X"


def _doer(article: Article, body: Mention) -> bool:
    """Whether ``body`` does its clause's action: a subject, or the agent of a passive ("was
    condemned by the X"); not the object or place of another's ("a protest outside the X")."""
    if body.subject_like or not (body.after_preposition or body.object_like):
        return True
    return _AGENT.search(article.masked, max(0, body.start - 8), body.start) is not None


def body_for_its(article: Article, title: str, position: int) -> tuple[str, str] | None:
    """The title ``title`` with an opening "its"/"their" read as the body named last before
    ``position`` ("Its spokesman" → "spokesman of the Belarusian Foreign Ministry"), and how it
    was read; an empty title when no body is named there (the office alone, "Secretary
    General", would name the UN's); None for any other title."""
    match = _ITS.match(title)
    if match is None:
        return _body_of_noun(article, title, position)
    bodies = _bodies_just_named(article, position)
    if not bodies:
        return "", f"{match.group(0).strip()!r} stands for no body named just before"
    body = bodies[-1].name or bodies[-1].surface
    how = f"{match.group(0).strip()!r} read as {body}, the body named last before"
    return f"{title[match.end():]} of the {body}", how


def _bodies_just_named(article: Article, position: int, owned: bool = False) -> list[Mention]:
    """The bodies doing their clause's action in this sentence or the one before; with
    ``owned``, also a body written as a country's common noun ("China's embassy")."""
    index = article.sentence_index(position)
    start = article.sentences[max(0, index - 1)].start
    return [m for m in article.mentions_between(start, position)
            if (m.kind == "org" or owned and m.kind == "role" and m.antecedent is not None)
            and not m.possessive and not is_news_outlet(m) and _doer(article, m)]


def _another_body_named(article: Article, position: int, noun: str, body: Mention) -> bool:
    """Whether this sentence or the one before names another body of the noun, doing anything
    or not ("The European Commission and the African Union Commission wrote"); a mention of the
    same words as ``body`` ("Portugal's Ministry of the Interior") is the same body."""
    index = article.sentence_index(position)
    start = article.sentences[max(0, index - 1)].start
    return any(m.kind in ("org", "role") and noun in m.surface.lower() and not _same_place(m, body)
               and not _STAFF.search(m.surface) for m in article.mentions_between(start, position))


def _same_place(mention: Mention, body: Mention) -> bool:
    """Whether two mentions share words of the text (one runs into the other)."""
    return mention.start < body.end and body.start < mention.end


def _body_of_noun(article: Article, title: str, position: int) -> tuple[str, str] | None:
    """ "a ministry spokesperson" → "spokesperson of the Spanish Interior Ministry": the body
    just named whose name holds the noun; None where there is no such body or no such noun."""
    match = _BODY_NOUN.match(title)
    if match is None:
        return _spokesperson_alone(article, title, position)
    noun = match.group(1).lower()
    bodies = [m for m in _bodies_just_named(article, position, owned=True)
              if noun in (m.name or m.surface).lower() and not _OF_STATES.search(m.name or m.surface)]
    if not bodies or _another_body_named(article, position, noun, bodies[-1]):
        return None  # none, or two ("the European Commission and the African Union Commission"): unsure
    body = bodies[-1].name or bodies[-1].surface
    how = f"{match.group(0).strip()!r} read as {body}, the body named last before"
    return f"{title[match.end():]} of the {body}", how


def _spokesperson_alone(article: Article, title: str, position: int) -> tuple[str, str] | None:
    """ "Qatar's Foreign Ministry condemned the attack. Spokesperson X told a briefing": a
    spokesperson's title that names no body is that of the one body doing the action of this
    sentence or the one before; with none or two, the title stays as written."""
    if _SPOKESPERSON.fullmatch(title.strip()) is None or _NOUN_BEFORE.search(article.masked, max(0, position - 60),
                                                                            position):
        return None  # "army spokesman X": the spokesman of the army, not of a body just named
    bodies = {m.name for m in _bodies_just_named(article, position, owned=True)}
    if len(bodies) != 1:
        return None
    body = bodies.pop()
    how = f"{title.strip()!r} read as of {body}, the one body named just before"
    return f"{title.strip().lower()} of the {body}", how
