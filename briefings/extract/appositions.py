"""What an apposition after a person's name says ("X, the EU's envoy, said"): its words as
written, for the role a draft shows, and its lower-case words, for the titles a role phrase is
matched against ("the envoy" → the person whose apposition holds "envoy")."""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.joint import is_plural_role
from briefings.extract.mention import Mention

# patterns compiled once (pysbd fills the re module cache with its own)
_APPOSITIVE_RAW = re.compile(r"\s*(?:,|-|–|—)\s*((?:the |a |an )?[^,\-–—.()]+?)\s*(?:,|-|–|—)")
_APPOSITION_GAP = re.compile(r", ")
_APPOSITION_END = re.compile(r"\s*(?:[,.;:]|$)")
_APPOSITIVE_TITLE = re.compile(r"\s*(?:,|-|–|—)\s*((?:then |now |the |a |an |former )?[^,\-–—.]+?)\s*(?:,|-|–|—)")


def appositive_words(article: Article, person: Mention) -> list[str]:
    """The apposition after a person's name, as written ("X, the EU's envoy,"); none inside a
    quote."""
    match = _APPOSITIVE_RAW.match(article.text[person.end:person.end + 90])
    return match.group(1).split() if match and not article.inside[person.end] else []


def appositive_titles(article: Article, person: Mention) -> list[str]:
    """The apposition's words in lower case, read outside quotes ("then", "now", "former" kept)."""
    match = _APPOSITIVE_TITLE.match(article.masked[person.end:person.end + 90])
    return match.group(1).lower().split() if match else []


def apposed_holder(article: Article, mention: Mention) -> Mention | None:
    """ "the spokesman, Tomas Brel, said", "said her deputy, Tomas Brel.": the person named
    right after a role phrase, set off by commas, holds the role."""
    gap = _APPOSITION_GAP.match(article.masked, mention.end)
    if gap is None or is_plural_role(mention):
        return None
    for person in article.mentions_between(gap.end(), gap.end() + 60):
        if person.start == gap.end() and person.kind == "person" and \
                _APPOSITION_END.match(article.masked, person.end):
            return person
        break
    return None
