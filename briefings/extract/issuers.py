"""Documents an article introduces together with their issuer, so that a later "the resolution
said" or "the report found" speaks for that issuer.

News prose names a document's issuer once, where it brings the document in, and refers to it
as "the statement" after:

* an issuing verb with its subject: "The council adopted a resolution", "the leaders of A,
  B and C issued a joint statement", "the ministry released its annual report";
* an opening phrase whose clause the issuer opens: "In a report issued Thursday, the group
  accused ...".

``introductions`` finds these, once per article; the resolver gives a document the issuer of
the latest introduction of the same head noun before it (``introduced_issuer``). The other
ways a role phrase speaks for a body are here too: an issuer after the document ("a statement
from X": ``stated_issuer``), whoever spoke of a statement just before (``statement_giver``), a
spokesperson's body (``spokesperson_body``) and a body word ("the agency", "a watchdog group":
``body_named``). ``Resolver.role`` decides which applies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from briefings.extract.article import Article
from briefings.extract.heads import as_written, is_body, named_body, said_in
from briefings.extract.lexicon import words
from briefings.extract.mentions import Mention
from briefings.extract.phrases import main_clause_start

if TYPE_CHECKING:
    from briefings.extract.resolve import Resolver

# patterns compiled once (pysbd fills the re module cache with its own)
_ISSUING = re.compile(r"\b(?:issued|released|adopted|approved|passed|published|unveiled|circulated)\s+"
                      r"(?:a|an|the|its|their|his|her)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
_OPENING_DOCUMENT = re.compile(r"\s*In\s+(?:a|an|its|their)\s+((?:[\w-]+\s+){0,3}[\w-]+)[^,;:.]{0,60},\s*")
# "a statement from the X", "The report, published by the X,": what leads to a document's issuer
_ISSUER_LINK = re.compile(r"(?:,?\s+(?:published|issued|released|written|commissioned))?"
                          r"\s+(?:from|by|of|for|at)\s+((?:the\s+)?)")
_STATEMENT_REACH = 4  # sentences back to the attribution a "the statement" refers to
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


def stated_issuer(resolver: Resolver, mention: Mention, quote_pos: int) -> str | None:
    """'a statement from the Justice Ministry': the ministry speaks through it."""
    after = resolver.article.masked[mention.end:mention.end + 80]
    source = _ISSUER_LINK.match(after)
    if not source:
        return None
    starts = (mention.end + source.end(), mention.end + source.start(1))  # "the Kremlin", "the presidency"
    for named in resolver.article.mentions_between(starts[1], mention.end + 80):
        if named.start in starts and (named.kind in ("org", "person", "name1") or is_body(named)):
            resolver.sure_issuers.add(mention.start)
            return resolver.canonical(named, quote_pos)
    return None


def introduced_issuer(resolver: Resolver, mention: Mention, head: str, quote_pos: int) -> str | None:
    """ "the resolution said": the issuer of the latest document of that name the article
    brought in with one ("the council adopted a resolution"; ``issuers``)."""
    if mention.surface.split()[0].lower() != "the":
        return None
    earlier = [i for i in resolver.introductions if i.position < mention.start and i.head == head]
    if not earlier:
        return None
    latest = earlier[-1]
    name = resolver.canonical(latest.issuer, quote_pos) if latest.issuer else latest.label
    if name:
        resolver.sure_issuers.add(mention.start)
    return name


def statement_giver(resolver: Resolver, mention: Mention, head: str) -> str | None:
    """ "the statement added": whoever spoke of a statement a few sentences before; sure
    (``sure_issuers``) only where a verb of saying leads to it ("X and Y said in a joint
    statement"), not where a sentence only talks of one ("adoption of the statement")."""
    if mention.surface.split()[0].lower() != "the":
        return None
    index = resolver.article.sentence_index(mention.start)
    for position, name, _ in reversed(resolver.speakers):
        earlier = resolver.article.sentence_index(position)
        if earlier >= index:
            continue
        if index - earlier > _STATEMENT_REACH:
            return None
        sentence = resolver.article.sentences[earlier]
        said = resolver.article.masked[sentence.start:sentence.end].lower()
        if head in said:
            if said_in(head, said):
                resolver.sure_issuers.add(mention.start)
            return name
    return None


def spokesperson_body(resolver: Resolver, mention: Mention) -> str | None:
    """'a spokeswoman for the agency' → the agency; 'the spokesman' → the body just named."""
    issuer = stated_issuer(resolver, mention, mention.start)
    if issuer:
        return issuer
    index = resolver.article.sentence_index(mention.start)
    window_start = resolver.article.sentences[max(0, index - 2)].start
    for other in reversed(resolver.article.mentions_between(window_start, mention.start)):
        if other.kind == "org":
            return other.name
    return as_written(mention)


def body_named(resolver: Resolver, mention: Mention, head: str) -> str:
    """'The agency said': the organisation of that kind named before, else the one just
    named, else the phrase itself; "a watchdog group" (new to the reader) the one the next
    sentences name."""
    if named_body(mention):
        return as_written(mention)  # "the Clinton administration": the body its name says
    if mention.surface.split()[0].lower() in ("a", "an"):  # a body new to the reader
        return named_after(resolver, mention) or as_written(mention)
    earlier = [m for m in resolver.article.mentions_before(mention.start, 400) if m.kind == "org"]
    for other in reversed(earlier):
        if head in other.name.lower():
            return resolver.org_name(other.name)
    index = resolver.article.sentence_index(mention.start)
    window_start = resolver.article.sentences[max(0, index - 1)].start
    recent = [m for m in earlier if m.start >= window_start]
    acting = [m for m in recent if m.subject_like and not m.after_preposition]  # not "policies by Y"
    return (acting or recent)[-1].name if recent else as_written(mention)


def named_after(resolver: Resolver, mention: Mention) -> str | None:
    """ "A watchdog group accused ... . In its report, Harbour Watch said": a lead that
    brings a body in unnamed names it as a subject in one of the next two sentences."""
    index = resolver.article.sentence_index(mention.start)
    for sentence in resolver.article.sentences[index + 1:index + 3]:
        for other in resolver.article.mentions_between(sentence.start, sentence.end):
            if other.kind == "org" and other.subject_like and not other.possessive:
                return resolver.org_name(other.name)
    return None
