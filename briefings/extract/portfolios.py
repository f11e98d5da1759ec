"""The portfolio between a title and its holder's name: "UN High Commissioner for Human Rights
Volker Tal said".

A capitalised run read after "for", "of" or "on" that follows a role noun opens with the
office's portfolio ("Human Rights", "Refugees", "Foreign Affairs") and ends with the holder's
name. Read whole, "Human Rights Volker Tal" is a person after a preposition, so the cue's
subject was taken to be the title ("UN High Commissioner"), a confidently wrong name. The
portfolio's words are a list (``lexicon/portfolio_words.txt``); the run keeps what follows them.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import words

Word = tuple[int, int, str]
# patterns compiled once (pysbd fills the re module cache with its own)
_AFTER_TITLE_LINK = re.compile(r"\b([A-Za-z]+)\s+(?:for|of|on)\s+$")


def without_portfolio(masked: str, run: list[Word]) -> list[Word]:
    """``run`` without the portfolio words that open it, when it follows "<role noun> for|of|on"
    and at least two capitalised words (a name) are left after them; else ``run`` unchanged."""
    if not run:
        return run
    link = _AFTER_TITLE_LINK.search(masked, max(0, run[0][0] - 40), run[0][0])
    if link is None or link.group(1).lower() not in words("role_nouns"):
        return run
    k = 0
    while k < len(run) and run[k][2].lower() in words("portfolio_words"):
        k += 1
    return run[k:] if 0 < k and len(run) - k >= 2 else run
