"""Capitalised runs that are titles and name nobody ("CEO", "UN High Commissioner for", "Minister
of Trade and Industry"), told apart from the names a mention is made of.

A run read as a name where it is only a title became the speaker ("Official Spokesperson",
"and Industry") or took the quote from the holder named after it. A title's portfolio follows
"for", "of" or "on"; a date after "on" ("the Foreign Ministry on Friday said") is no portfolio.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import words
from briefings.extract.names import title_ends_as_surname

Word = tuple[int, int, str]
# patterns compiled once (pysbd fills the re module cache with its own)
_PORTFOLIO_LINKS = frozenset({"for", "of", "on"})
_LINK_THEN_WORD = re.compile(r"\s+(?:for|of|on)\s+(?:the\s+)?(\w+)")


def only_a_title(masked: str, run: list[Word], core: str, next_word: str) -> bool:
    """A run that names nobody: a title word alone ("CEO", "State broadcaster TRT quoted"), or a
    title whose portfolio follows ("UN High Commissioner for Refugees X", "Member of the
    parliament's Security Committee X": the name comes after the portfolio; not "The Foreign
    Ministry on Friday said")."""
    if _date_after_link(masked, run[-1][1]):
        next_word = ""
    if len(run) == 1 and core.lower() in words("title_words") and (
            core.isupper() or next_word in words("news_outlet_words") | {"media"}):
        return True
    if _title_and_portfolio(run):
        return True
    head = run[-1][2].lower()  # a body is no title ("the Iraqi Foreign Ministry on the border said");
    # a lone role noun is ("Member of the parliament's National Security Committee X")
    return head in words("role_nouns") and head not in words("org_words") and (
        next_word in _PORTFOLIO_LINKS or next_word == "to" and head in ("ambassador", "envoy")) and \
        not title_ends_as_surname([w for _, _, w in run])  # "… to the UN X"; "Rep. Steve King of Iowa" names him


def _date_after_link(masked: str, end: int) -> bool:
    """ "The Foreign Ministry on Friday said", "X of 12 May": the word after the run is a date's
    "on" or "of", not the link to a title's portfolio, so the run still names someone."""
    link = _LINK_THEN_WORD.match(masked, end, end + 40)
    return link is not None and (link.group(1)[:1].isdigit() or link.group(1).lower() in words("calendar"))


def _title_and_portfolio(run: list[Word]) -> bool:
    """ "Minister of International Relations and Cooperation": a title, "of" or "for", and
    portfolio words only. It names nobody; read as a body for its last word, or as a person
    called "and Industry", it took the quote from the holder named after it."""
    lowered = [w.lower() for _, _, w in run]
    return len(lowered) > 2 and lowered[0] in words("title_words") and lowered[1] in _PORTFOLIO_LINKS and \
        all(w in words("portfolio_words") or w in _PORTFOLIO_LINKS for w in lowered[2:])
