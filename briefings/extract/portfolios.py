"""The portfolio between a title and its holder's name: "UN High Commissioner for Human Rights
Volker Tal said".

A capitalised run read after "for", "of" or "on" that follows a role noun opens with the
office's portfolio ("Human Rights", "Refugees", "Foreign Affairs") and ends with the holder's
name. Read whole, "Human Rights Volker Tal" is a person after a preposition, so the cue's
subject was taken to be the title ("UN High Commissioner"), a confidently wrong name. The
portfolio's words are a list (``lexicon/portfolio_words.txt``); the run keeps what follows them.
A place is a portfolio too: "UN special envoy for Syria Tom West said" gave the speaker "UN"
(0.96), the holder's name being read as "Syria Tom West" after a preposition.
"""

from __future__ import annotations

import re

from briefings.extract.actors import country_or_organisation, is_region
from briefings.extract.lexicon import union, words

Word = tuple[int, int, str]
# patterns compiled once (pysbd fills the re module cache with its own)
# "<title> for|of|on [the] [parliament's]" before a run
# "for Foreign Affairs and ": a portfolio that goes on after "and"
_PORTFOLIO_AND = re.compile(r"\b(?:for|of)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}and\s+$")
_AFTER_TITLE_LINK = re.compile(r"\b([A-Za-z]+)\s+(for|of|on|to)\s+(?:the\s+)?(?:[a-z]+['’]s\s+)?$")


def without_portfolio(masked: str, run: list[Word]) -> list[Word]:
    """``run`` without the portfolio that opens it, when it follows "<role noun or title> for|of|on|to
    [the]" and at least two capitalised words (a name) are left after it; else ``run`` unchanged.
    The portfolio is its words from the list ("for Refugees X"), or else a body's name, up to the
    run's last body word ("Member of Parliament Pritam Das", "Minister for the Interior Ana
    Ruiz", "Member of the parliament's National Security Committee X")."""
    if not run or _a_body(run):
        return run  # "a spokesman for the International Atomic Energy Agency": a body, no name
    if _PORTFOLIO_AND.search(masked, max(0, run[0][0] - 40), run[0][0]):
        k = _portfolio_words(run)  # "for Foreign Affairs and [Security Policy] X Y": the portfolio's tail
        return run[k:] if 0 < k and len(run) - k >= 2 else run
    link = _AFTER_TITLE_LINK.search(masked, max(0, run[0][0] - 40), run[0][0])
    if link is None or link.group(1).lower() not in union("role_nouns", "title_words"):
        return run
    # "Archbishop of Canterbury X Y": a one-word domain
    k = _portfolio_end(run, link.group(2)) or _one_word_domain(run, link.group(2))
    after_body = _after_body(run)
    if after_body > k:
        return run[after_body:]  # "of the parliament's National Security Committee X": the body's words too
    return run[k:] if 0 < k and len(run) - k >= 2 else run


def _a_body(run: list[Word]) -> bool:
    """A run that is a body's whole name: one a table lists ("International Committee of the Red
    Cross") or one ending in a body word ("International Atomic Energy Agency"). "International"
    opens portfolios ("for International Development X") and bodies alike."""
    return run[-1][2].lower() in words("org_words") or \
        country_or_organisation(" ".join(word for _, _, word in run)) is not None


def _portfolio_end(run: list[Word], link: str) -> int:
    """Where the portfolio that opens ``run`` after ``link`` ends: its words from the list ("for
    Refugees X"), or a place or body and the portfolio words after it ("for Syria X", "for Asean
    Cooperation X"); after "to" a host only ("Ambassador to Vietnam X")."""
    if link == "to":
        return _place_words(run)
    place = _place_words(run)
    return _portfolio_words(run) or (_portfolio_words(run, place) if place else 0)


def _one_word_domain(run: list[Word], link: str) -> int:
    """1 for a run of three capitalised words after a title's "of"/"for" that holds no body word:
    a title's "of" always has its domain after it, so the first word is that ("Archbishop of
    Canterbury Justin X", "Bishop of Lagos Anna X") and the other two the holder's name; a title
    is no domain ("a spokesman for President Anna X")."""
    return int(link in ("of", "for") and len(run) == 3 and all(word[:1].isupper() for _, _, word in run)
               and not any(word.lower() in words("org_words") for _, _, word in run)
               and run[0][2].lower() not in union("title_words", "role_nouns"))  # "for President X Y": a title


def _after_body(run: list[Word]) -> int:
    """Where the name after the run's last body word starts, with the body's own portfolio
    ("Department of ASEAN Affairs X Y"), when two capitalised words are left; else 0."""
    body_end = max((j for j, (_, _, word) in enumerate(run) if word.lower() in words("org_words")), default=-1)
    if body_end < 0:
        return 0
    rest = run[body_end + 1:]  # "Organization of Iran": no name; "Commission Ursula von der Leyen": one
    if sum(word[:1].isupper() for _, _, word in rest) >= 2 and \
            all(word[:1].isupper() or word in words("name_particles") for _, _, word in rest):
        return body_end + 1
    return _body_portfolio(run, body_end + 1)


def _portfolio_words(run: list[Word], k: int = 0) -> int:
    """Where the words of ``portfolio_words`` that open ``run`` from ``k`` end ("Human Rights X",
    "Housing X")."""
    while k < len(run) and run[k][2].lower() in words("portfolio_words"):
        k += 1
    return k


def _body_portfolio(run: list[Word], k: int) -> int:
    """Where the portfolio of a body ends, when "of" or "for", a place or body and portfolio words
    follow its name from ``k`` and two capitalised words are left ("Department of ASEAN Affairs
    X Y", "Bureau for Political and Security Affairs X Y"); else 0."""
    if k >= len(run) or run[k][2] not in ("of", "for"):
        return 0
    start = k + 1
    end = _portfolio_words(run, start + _place_words(run[start:]))
    left = run[end:]
    has_portfolio = any(word.lower() in words("portfolio_words") for _, _, word in run[start:end])
    return end if has_portfolio and len(left) >= 2 and all(word[:1].isupper() for _, _, word in left) else 0


def _place_words(run: list[Word]) -> int:
    """How many words of ``run`` a country, capital or region opens it with ("Syria", "South Sudan",
    "West Africa"), or 0."""
    for size in (3, 2, 1):
        opening = " ".join(word for _, _, word in run[:size])
        if size < len(run) and (country_or_organisation(opening) or is_region(opening)):
            return size
    return 0
