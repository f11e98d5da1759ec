"""Whom a UN Security Council president speaks for: the United Nations, not his country.

The Council's presidency passes each month to a member, whose ambassador reads the Council's
statements: "Council president for the month, Brazilian ambassador X, said: 'The members of the
Security Council ...'" were filed under Brazil by his title. An analyst files the words of the
Council under the United Nations (foreign-dev ANNOTATION_NOTES, party rule 2: Oshima speaking as
Council president). The article names the Security Council (in its quotes too) and presents the
person as the Council's president: the words
"Council president" before the name in its sentence ("Council president of the month Japanese
U.N. ambassador X"), "president of the Security Council" beside it, or "X of Malta, which holds the
Council presidency". Only the Security Council's: an EU presidency is the presiding country's
(party rule 2, Sarkozy and Vedrine), so an article that names an EU Council gives no reading, and
in one that names the EU at all a bare "Council presidency" may be the EU's: only the words
"Security Council" beside the person count there.
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.resolve import Resolver
from briefings.extract.titles import mentions_of

_UN = "United Nations"
_BEFORE = re.compile(r"(?:\b(?:Security\s+)?Council(?:['’]s)?\s+president(?:\s+(?:of|for)\s+the\s+month)?"
                     r"|\bpresident\s+of\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Security\s+Council)"
                     r",?\s+(?:[\w.'’-]+\s+){0,4}\Z")
_AFTER = re.compile(r",?\s+(?:(?:the|this\s+month['’]s)\s+)?(?:(?:Security\s+)?Council\s+president\b"
                    r"|president\s+of\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Security\s+Council\b"
                    r"|[^.;\"]{0,60}?\bwhich\s+holds\s+the\s+(?:rotating\s+)?(?:Security\s+)?Council(?:['’]s)?\s+"
                    r"presidency\b)")
_SECURITY_COUNCIL = re.compile(r"\bSecurity\s+Council\b")
_EU_COUNCIL = re.compile(r"\b(?:European|EU)\s+Council\b|\bCouncil\s+of\s+the\s+(?:European\s+Union|EU)\b")
_EU = re.compile(r"\b(?:EU|E\.U\.|European\s+Union|Brussels)\b")


def council_president(article: Article, resolver: Resolver, name: str) -> tuple[str, str] | None:
    """("United Nations", evidence) for a person the article presents as the Security Council's
    president, else None."""
    masked = article.masked
    if not _names_only_the_security_council(article):
        return None
    for person in mentions_of(article, resolver, name):
        start = max(0, person.start - 100)
        before = _BEFORE.search(masked, start, person.start)
        after = _AFTER.match(masked, person.end, person.end + 120)
        said = before or after
        if said and (_SECURITY_COUNCIL.search(said.group(0)) or not _EU.search(article.text)):
            words = said.group(0).strip(" ,")
            return _UN, f"presented as the Security Council's president: {words!r}; the Council speaks " \
                        "for the United Nations"
    return None


def _names_only_the_security_council(article: Article) -> bool:
    """Whether the article (its quotes too) names the Security Council and no EU council, read
    once per article (once per speaker made long articles slow)."""
    key = ("names only the Security Council",)
    if key not in article.memo:
        article.memo[key] = bool(_SECURITY_COUNCIL.search(article.text)) and not _EU_COUNCIL.search(article.text)
    return bool(article.memo[key])
