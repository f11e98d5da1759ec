""""and" inside a capitalised name: "Ministry of Trade and Industry", "the African Union's Peace
and Security Council", "Food and Agriculture Organization".

A capitalised run broke at "and", so the name's tail stood alone: "Industry" became a speaker,
and "Security Council" the UN's body with the UN as its party (0.87) where the article spoke of
the African Union's council. "and" is inside the name between two portfolio words after a
title's or body's "of" or "for", or after one portfolio word where the words after it run on to
a body word. A list of speakers ("the ministry and Hamas", "John Bolton and Breitbart News",
"France and the Arab League") stays a list.
"""

from __future__ import annotations

from briefings.extract.actors import country_or_organisation
from briefings.extract.lexicon import words

Word = tuple[int, int, str]
_BODY_REACH = 4  # capitalised words after "and" within which the body word must come


def and_continues_name(words_: list[Word], masked: str, j: int, run: list[Word]) -> bool:
    """Whether the "and" at word ``j`` continues the capitalised run ``run``."""
    if j + 1 >= len(words_) or not words_[j + 1][2][0].isupper() or masked[words_[j][1]:words_[j + 1][0]] != " ":
        return False
    return _portfolio_and(words_, j, run) or _body_and(words_, masked, j, run) or _country_and(words_, j, run)


def _country_and(words_: list[Word], j: int, run: list[Word]) -> bool:
    """ "High Representative for Bosnia [and] Herzegovina X", "Trinidad [and] Tobago": "and" inside
    a country's name (the run broke there, and the holder was named `Herzegovina X`)."""
    name = f"{run[-1][2]} and {words_[j + 1][2]}"
    found = country_or_organisation(name)
    return found is not None and found[1] == "country"


def _portfolio_and(words_: list[Word], j: int, run: list[Word]) -> bool:
    """ "Minister of International Relations [and] Cooperation": between two portfolio words,
    after a title's or body's "of" or "for"."""
    portfolio = words("portfolio_words")
    return any(w in ("of", "for") for _, _, w in run) and run[-1][2].lower() in portfolio and \
        words_[j + 1][2].lower() in portfolio


def _body_and(words_: list[Word], masked: str, j: int, run: list[Word]) -> bool:
    """ "Peace [and] Security Council", "Food [and] Agriculture Organization": one portfolio word
    before "and", alone, after other portfolio words ("National Security [and] Defense Council":
    the run broke there and the council's secretary was named `National Security`) or after a
    country's or organisation's name ("African Union Peace"; never a person's: "John Bolton and
    Breitbart News"), and the capitalised words after it end in a body word."""
    owner = [w for _, _, w in run[:-1] if w != "The"]
    portfolio_owner = all(w.lower() in words("portfolio_words") for w in owner)  # "National Security"
    if run[-1][2].lower() not in words("portfolio_words") or \
            owner and country_or_organisation(" ".join(owner)) is None and not portfolio_owner:
        return False  # "African Union Peace [and] Security Council": the body's own council
    k = j + 1
    while k < len(words_) and k <= j + _BODY_REACH and words_[k][2][0].isupper():
        if words_[k][2].lower() in words("org_words"):
            return True
        if k + 1 < len(words_) and masked[words_[k][1]:words_[k + 1][0]] != " ":
            return False
        k += 1
    return False
