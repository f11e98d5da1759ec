"""Titles shortened to capitals: "the PM said", "the FM told reporters", "the
Armenian FM added", Kenya's "the CS said" (cabinet secretary).

South Asian, Gulf and some wire English write "the PM" and "the FM" for the prime and foreign
minister. The capitals were read as a body's acronym or a noun phrase, so the quote went to
the speaker "FM" with the party "FM", or "PM", confidently wrong. After "the", such an
abbreviation (``lexicon/role_abbreviations.txt``) is the role phrase it stands for ("the foreign
minister"), resolved as any role phrase is: to the one titled so, or to no one.
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.lexicon import pairs
from briefings.extract.mention import Mention
from briefings.extract.shape import is_demonym

_TWO_POSTS = frozenset({"FM"})  # foreign or finance minister (Indian, Pakistani, Malaysian papers)
_THE_BEFORE = re.compile(r"(?<![\w'’-])the[ \t]+\Z", re.IGNORECASE)


def abbreviated_role(article: Article, mention: Mention) -> Mention | None:
    """The role phrase "the PM" stands for, as a role mention with its title words, or None."""
    if mention.kind not in ("org", "phrase", "name1", "person"):
        return None
    surface = mention.surface
    if surface[:4].lower() == "the ":
        surface, opened = surface[4:], True
    else:
        opened = _THE_BEFORE.search(article.masked, max(0, mention.start - 8), mention.start) is not None
    nationality, abbreviation = _nationality_before(surface)
    title = pairs("role_abbreviations").get(abbreviation)
    if title is None or not opened:
        return None
    if abbreviation in _TWO_POSTS and _before_a_name(article, abbreviation):  # "FM Nirmala Sitharaman"
        title = abbreviation.lower()
    return Mention(mention.start, mention.end, mention.surface, "role", titles=nationality + title.split(),
                   subject_like=mention.subject_like)


def _before_a_name(article: Article, abbreviation: str) -> bool:
    """Whether the article writes the capitals as a title before a name ("FM Nirmala Sitharaman"):
    Indian and Pakistani papers write FM for the finance minister too, and then only the name
    says which; "the Indian FM" went to the foreign minister Jaishankar named in the article
    (attack12 probe, 0.98). The capitals then stand for no spelled-out title."""
    key = ("abbreviation before a name", abbreviation)
    if key not in article.memo:
        article.memo[key] = re.search(rf"\b{abbreviation}[ \t]+[A-Z][a-z]", article.masked) is not None
    return bool(article.memo[key])


def _nationality_before(surface: str) -> tuple[list[str], str]:
    """ "Armenian FM": the nationality (as a title word) and the abbreviation after it; a
    surface of one word has none. The pair was read as a person named "Armenian FM"."""
    parts = surface.split()
    if len(parts) == 2 and is_demonym(parts[0]):
        return [parts[0].lower()], parts[1]
    return [], surface
