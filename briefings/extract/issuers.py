"""Documents an article introduces together with their issuer, so that a later "the resolution
said" or "the report found" speaks for that issuer.

News prose names a document's issuer once, where it brings the document in, and refers to it
as "the statement" after:

* an issuing verb with its subject: "The council adopted a resolution", "the leaders of A,
  B and C issued a joint statement", "the ministry released its annual report";
* an opening phrase whose clause the issuer opens: "In a report issued Thursday, the group
  accused ...".

``introductions`` finds these, once per article; the resolver gives a document the issuer of
the latest introduction of the same head noun before it (``Resolver.role``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract.article import Article
from briefings.extract.lexicon import words
from briefings.extract.mentions import Mention
from briefings.extract.phrases import main_clause_start

# patterns compiled once (pysbd fills the re module cache with its own)
_ISSUING = re.compile(r"\b(?:issued|released|adopted|approved|passed|published|unveiled|circulated)\s+"
                      r"(?:a|an|the|its|their|his|her)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
_OPENING_DOCUMENT = re.compile(r"\s*In\s+(?:a|an|its|their)\s+((?:[\w-]+\s+){0,3}[\w-]+)[^,;:.]{0,60},\s*")
# "the leaders of France, Germany and the US": a plural noun and its "of" list, up to the verb
_GROUP_OF_LIST = re.compile(r"\b(?:the|The)\s+((?:[a-z-]+\s+){0,2}[a-z]+s\s+of\s+[^;:.!?\"“”()]+?)\s*$")


@dataclass(frozen=True)
class Introduction:
    """Where a document is brought in, its head noun, and its issuer (a mention, or a label
    for a group written out: "leaders of A, B and C")."""

    position: int
    head: str
    issuer: Mention | None
    label: str = ""


def introductions(article: Article) -> list[Introduction]:
    """Every document the article brings in with its issuer, in reading order."""
    found: list[Introduction] = []
    for sentence in article.sentences:
        segment = article.masked[sentence.start:sentence.end]
        opening = _OPENING_DOCUMENT.match(segment)
        head = _document_head(opening.group(1)) if opening else None
        if opening and head:
            after = article.mentions_between(sentence.start + opening.end(), sentence.end)
            if after and after[0].start == sentence.start + opening.end() and not after[0].possessive:
                found.append(Introduction(sentence.start, head, after[0]))
        for issued in _ISSUING.finditer(segment):
            head = _document_head(issued.group(1))
            introduction = _issuing_subject(article, sentence.start, sentence.start + issued.start(), head) \
                if head else None
            if introduction is not None:
                found.append(introduction)
    return found


def _document_head(phrase: str) -> str | None:
    """The first document word of the few words after the determiner ("joint statement")."""
    return next((w for w in phrase.split() if w in words("documents")), None)


def _issuing_subject(article: Article, start: int, verb: int, head: str) -> Introduction | None:
    """The subject of an issuing verb: a plural noun with its "of" list ("the leaders of A, B
    and C") as written, else the nearest subject-like mention right before the verb."""
    main = main_clause_start(article.masked, start, verb)
    subjects = [m for m in article.mentions_between(main, verb)
                if m.subject_like and not m.possessive and not m.after_preposition]
    group = _GROUP_OF_LIST.search(article.masked, main, verb)
    if group:  # "the leaders of A, B and C issued": the group as written
        return Introduction(verb, head, None, article.text[group.start(1):group.end(1)])
    if not subjects:
        return None
    subject = subjects[-1]
    gap = article.masked[subject.end:verb]
    if gap.strip() and not _only_time(gap):
        return None  # "X said the council adopted a resolution": X is no issuer
    return Introduction(verb, head, subject)


def _only_time(gap: str) -> bool:
    """ "on Thursday", "last week", "today": words that stand between a subject and its verb."""
    kept = words("calendar") | words("skippable") | {"on", "in", "at"}
    return all(w.strip(",").lower() in kept or w.strip(",").isdigit() for w in gap.split())
