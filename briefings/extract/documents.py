"""Where an article brings a document in, and who the text says issued it, so that words quoted
from it later ("the resolution also calls for ...", "the draft statement says") go to that body.

News prose names a document's issuer once, where it brings the document in, and calls it
"the resolution" or "the report" after. The issuer is only ever what a sentence states:

* an adopting verb and its subject: "The council on Thursday adopted a resolution", "X
  unanimously passed a resolution" (``_active_subject``). Only adopting verbs: a body that
  "issued" or "released" a statement may be relaying someone else's words in it, and reading
  those verbs here cost the foreign-dev report part a wrong name (docs/extraction.md, Round 5);
* an issuing verb and its agent after the document: "a report published on Monday by X",
  "a statement from X" (``_agent_after``).

Two more forms were deleted because they helped the foreign-dev development part and not its
report part (docs/extraction.md, "Round 5: dev-only rules deleted"): the subject of an opening
clause ("In a report issued Thursday, X accused") and the body a draft is given to for adoption.

Drafting and agreeing ("a Britain-drafted resolution", "X and Y agreed on a statement") state
no issuer: the body that adopts a text speaks through it, not whoever wrote it.

``chain`` follows a document back through its earlier mentions ("the resolution" … "the
resolution" … "a resolution") to the one that brought it in; ``Introduction`` records each
issuer stated along the way. ``issuers.document_issuer`` names the one issuer, or abstains when
two are stated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefings.extract.article import Article
from briefings.extract.heads import SPOKESPERSON, is_body
from briefings.extract.lexicon import words
from briefings.extract.mention import Mention

# patterns compiled once (pysbd fills the re module cache with its own)
_ADOPTING = r"(?:adopted|approved|passed)"
_ISSUING = r"(?:adopted|approved|passed|issued|released|published|unveiled|circulated|endorsed)"
_VERB_BEFORE = re.compile(_ADOPTING + r"\s+$")
_AGENT_AFTER = re.compile(r",?\s+(?:(?:" + _ISSUING + r"((?:\s+[\w,]+){0,3}?)\s+)?by|from)\s+(?:the\s+)?")
# "X and the Y adopted": a mention after "and", a comma or "of" is no subject of its own
_INSIDE_A_PHRASE = re.compile(r"(?:,|\band|\bor|\bof|\bwith)\s+(?:the\s+)?$")
_WORD = re.compile(r"[\w-]+")
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_ISSUER_KINDS = frozenset({"org", "person", "name1", "joint"})
# "the text", "the document", "the draft": a definite one names the document just mentioned, of any kind
_ANY_DOCUMENT = frozenset({"text", "document", "draft"})


@dataclass(frozen=True)
class Introduction:
    """A document's mention, the mention of its issuer, and the words that state it."""

    document: Mention
    issuer: Mention
    how: str  # as written: "adopted a resolution", "a report published on Monday by X"


def document_head(mention: Mention) -> str | None:
    """ "the draft statement" → "statement": a role phrase that names a document."""
    head = mention.titles[-1] if mention.kind == "role" and mention.titles else ""
    return head if head in words("documents") - SPOKESPERSON else None


def is_definite(mention: Mention) -> bool:
    """ "the resolution", "this report": a document the reader has met before."""
    return mention.antecedent is None and mention.surface.split()[0].lower() in _DEFINITE


def chain(article: Article, document: Mention) -> list[Mention]:
    """``document`` and the earlier mentions of the same document, nearest first, back to the
    one that brought it in ("a resolution", "its report"): a definite mention refers back, any
    other begins the chain."""
    head = document_head(document)
    found = [document]
    if head is None or not is_definite(document):
        return found
    for earlier in reversed(article.mentions_before(document.start, 400)):
        if head in _ANY_DOCUMENT and document_head(earlier):
            head = document_head(earlier)  # "the resolution ... the text": the resolution's chain
        if document_head(earlier) != head:
            continue
        found.append(earlier)
        if not is_definite(earlier):
            break
    return found


def introductions(article: Article) -> dict[int, Introduction]:
    """Every document mention whose issuer a sentence states, by the mention's start."""
    found: dict[int, Introduction] = {}
    for document in article.mentions:
        if document_head(document) is None:
            continue
        stated = _active_subject(article, document) or _agent_after(article, document)
        if stated is not None:
            found[document.start] = stated
    return found


def _can_issue(mention: Mention) -> bool:
    """A body, a person or a joint subject may issue a document; "its", "Roe's" only own one."""
    return not mention.possessive and (mention.kind in _ISSUER_KINDS or is_body(mention))


def _active_subject(article: Article, document: Mention) -> Introduction | None:
    """ "The council on Thursday adopted a resolution": the subject of the adopting verb."""
    before = article.masked[max(0, document.start - 20):document.start]
    verb = _VERB_BEFORE.search(before)
    if verb is None:
        return None
    verb_start = document.start - len(before) + verb.start()
    sentence = article.sentence_at(document.start)
    subjects = [m for m in article.mentions_between(sentence.start, verb_start) if not m.possessive]
    if not subjects:
        return None
    subject = subjects[-1]
    if not _can_issue(subject) or subject.after_preposition or \
            not _only_time(article.masked[subject.end:verb_start]) or \
            _INSIDE_A_PHRASE.search(article.masked[sentence.start:subject.start]):
        return None  # "the ministers of A, B and the US adopted": the US alone adopted nothing
    return Introduction(document, subject, article.text[verb_start:document.end])


def _agent_after(article: Article, document: Mention) -> Introduction | None:
    """ "a report published on Monday by X", "a statement from X": the agent named after it."""
    link = _AGENT_AFTER.match(article.masked, document.end)
    if link is None or not _only_time(link.group(1) or ""):
        return None
    agent = _mention_at(article, link.end())
    if agent is None or not _can_issue(agent):
        return None
    return Introduction(document, agent, article.text[document.start:agent.end])


def _mention_at(article: Article, position: int) -> Mention | None:
    """The mention that starts exactly at ``position``."""
    following = article.mentions_between(position, position + 120)
    return following[0] if following and following[0].start == position else None


def _only_time(gap: str) -> bool:
    """ "on Thursday", "last week", "unanimously", "has": words that may stand between a
    subject and its verb, or a verb and its agent."""
    kept = words("calendar") | words("skippable") | {"in", "at"}
    return all(w.lower() in kept or w.isdigit() or w.lower().endswith("ly")
               for w in _WORD.findall(gap))
