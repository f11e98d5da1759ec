"""What the text says a person speaks for besides a title: the readings of news prose that
are no apposition of the usual shape.

* "speaking for" / "on behalf of" / "in his capacity as": the sentence states outright whom
  the person speaks for ("X, speaking on behalf of the European Union, said"); this comes
  before every title, as the article chose to say it;
* "X of the Russian Foreign Ministry", "X of Human Rights Watch", "Prime Minister X of
  Sweden": the body (or, for a titled person, the country) named right after the name;
* "X, who heads the Swedish delegation,": a leader of what the relative clause names; "X led
  the Iranian delegation", "X, who headed Iran's team,": a leader of a delegation, a mission or
  a team (a body brought to one event, so a past tense is no former office).

Each reading gives a phrase that ``party`` reads as it reads a title ("head of the Swedish
delegation", "Human Rights Watch official").
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in, seat_table
from briefings.extract.article import Article
from briefings.extract.lexicon import words as words_of
from briefings.extract.mention import Mention

_READ = 200  # characters after a name read for what its sentence says
_CAPITALISED_RUN = r"[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|the)\b|[A-Z][\w'’&.-]*))*"
_ON_BEHALF = re.compile(r"\b(?i:speaking\s+(?:on\s+behalf\s+of|for)|on\s+behalf\s+of|in\s+(?:his|her|their)\s+"
                        r"capacity\s+as)\s+((?:the\s+)?(?:[\w'’.-]+\s+){0,5}?" + _CAPITALISED_RUN + r"(?:\s+[a-z]+)?)")
# "X of the Greens", "X, of the centre-right Civic Platform,": a political family's words
# before the body's name are no part of it
_OF_BODY = re.compile(r",?\s+of\s+(?:the\s+(?=(?:[a-z]+(?:-[a-z]+)?\s+){1,2}[A-Z])(?:[a-z]+(?:-[a-z]+)?\s+){1,2})?"
                      r"((?:the\s+)?" + _CAPITALISED_RUN + r"(?:\s+[a-z]+){0,2})")
_HEADS = re.compile(r",\s+who\s+(?:heads|leads|chairs|runs|directs)\s+([^,;:()]+?)"
                    r"\s*(?:,|;|\.?\n|\.?$|(?<=[a-z])\.(?=\s))")  # up to the clause's end
_AT_BODY = re.compile(r"\s(?:at|of)\s+((?:the\s+)?[A-Z].*)$")  # the body a unit is part of
# "X led the Iranian delegation", "X, who headed Iran's team,": a body brought to one event
_LED_BODY = re.compile(r"(?:\s*,\s+who)?\s+(?:heads|headed|leads|led|chairs|chaired)\s+"
                       r"((?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:delegation|mission|team|negotiators|"
                       r"negotiating\s+team))\b")
# between a clause and the name it opens on: a comma, and the title before the name ("Kenyan President")
_SET_OFF = re.compile(r"\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,4}")
_SENTENCE_END = re.compile(r"(?<=[a-z])[.!?](?=\s)|\n")
_LINKS = ("of", "for", "and", "on", "the")
# "X of Y University" teaches or studies there and speaks for themselves (foreign-dev party rule
# 6); "X of the Y Institute", a think tank, may speak for it, as its head does
_PLACES_OF_STUDY = frozenset({"university", "college", "school"})


Reading = tuple[str, str]  # (the phrase read as a title, the words as the article writes them)


def affiliations(article: Article, person: Mention,
                 titled: bool) -> tuple[list[Reading], list[tuple[str, str, str]]]:
    """(stated, after): what the sentence says the person speaks for, read before every title,
    and the body or country named after the name, read as a title (with where it stands)."""
    stated = _on_behalf(article, person)
    after = [(phrase, how, written) for (phrase, written), how in
             ((_of_body(article, person, titled), "the body named after the name"),
              (_heads(article, person), "the clause after the name")) if phrase]
    return stated, after


def _on_behalf(article: Article, person: Mention) -> list[Reading]:
    """ "X, speaking on behalf of the European Union, said", "X said on behalf of Y": within
    the person's sentence."""
    window = article.masked[person.end:person.end + _READ]
    end = _SENTENCE_END.search(window)
    match = _ON_BEHALF.search(window, 0, end.start() if end else len(window)) or _on_behalf_before(article, person)
    return [(f"{_without_stop(match.group(1))} official", match.group(0).strip())] if match else []


def _on_behalf_before(article: Article, person: Mention) -> re.Match[str] | None:
    """ "Speaking in his capacity as chair of the OSCE, X said": the clause set off by a comma
    right before the name, within its sentence."""
    before = article.masked[max(0, person.start - _READ):person.start]
    ends = list(_SENTENCE_END.finditer(before))
    start = ends[-1].end() if ends else 0
    return next((m for m in _ON_BEHALF.finditer(before, start) if _SET_OFF.fullmatch(before, m.end())), None)


def _of_body(article: Article, person: Mention, titled: bool) -> Reading:
    """ "X of the Russian Foreign Ministry", "Vassily Orlov of Russia told the Council": the body
    or country after the name, given as a member's title (news names a country's delegate so);
    a capital only for a titled person: "X of Stockholm" is where a private person lives."""
    window = article.masked[person.end:person.end + _READ]
    end = _SENTENCE_END.search(window)  # "of the Liberal Party. Deputy X": never the next sentence
    match = _OF_BODY.match(window, 0, end.start() if end else len(window))
    if match is None:
        return "", ""
    words = _without_stop(match.group(1)).split()
    while words and (words[-1] in _LINKS or words[-1].islower() and words[-1] not in words_of("org_words")):
        words.pop()  # "of the Russian foreign ministry said": up to the body's last word
    body = " ".join(words)
    if body.removeprefix("the ") in seat_table() and not titled:
        return "", ""  # "X of Moscow": where a private person lives
    named = body and (actor_in(body) or len(words) > 1 or body.isupper())
    return (f"{body} {_member_of(words)}", f"of {body}") if named else ("", "")


def _member_of(words: list[str]) -> str:
    """How someone "of" a body is read: a scholar of a place of study ("Professor X of Y
    University" speaks for no one), else an official of the body."""
    return "scholar" if any(word.lower() in _PLACES_OF_STUDY for word in words) else "official"


def _without_stop(phrase: str) -> str:
    """ "Human Rights Watch." → "Human Rights Watch", "the G20." → "the G20" ("U.S." keeps its
    stop)."""
    return phrase[:-1] if phrase.endswith(".") and (phrase[-2:-1].islower() or phrase[-2:-1].isdigit()) else phrase


def _heads(article: Article, person: Mention) -> Reading:
    """ "X, who heads Sweden's foreign ministry," → "head of Sweden's foreign ministry"."""
    match = _HEADS.match(article.masked, person.end, person.end + _READ) or \
        _LED_BODY.match(article.masked, person.end, person.end + _READ)
    if not match:
        return "", ""
    at = _AT_BODY.search(match.group(1))  # "directs the Iran project at the Crisis Group": the group's
    return f"head of {at.group(1) if at else match.group(1)}", match.group(0).strip(" ,")
