"""What a title names besides a country: the actor it names first ("Russian ambassador to the
UN" is Russia's), the body before its role noun ("Hamas spokesman", "Republican People's Party
(CHP) leader") and the body after "spokesman for", "head of" or "leader of" ("spokesman for the
Taliban"). Module ``party`` reads a person's party from these; the rules that say whom the
title's holder speaks for (an opposition, a minister in office, a principal's staff) stay there.
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in, country_or_organisation
from briefings.extract.hosts import without_hosts
from briefings.extract.labels import (
    DETERMINER,
    common_words_only,
    named_after_country,
    of_a_private_body,
    private_body_name,
    private_body_named,
)
from briefings.extract.lexicon import words
from briefings.extract.shape import is_not_name
from briefings.extract.titles import title_vocabulary

_PROPER_NAME = re.compile(r"(?:the\s+)?[A-Z]")
_IN_BRACKETS = re.compile(r"\([A-Z]{2,8}\)")
_NAME_LINKS = frozenset({"and"})  # "Law and Justice"; "of" would make "X of the Academy of Y" a body
_PEOPLES = re.compile(r"\bPeople\Z")  # "People's Democratic Party": a name's own possessive, no owner
_OWNED_NAME = re.compile(r"['’]s\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")  # "X's AK Party": a body's own name
# a party's leaning or standing, written in lower case before its name: "leader of the far-right Freedom Party",
# "leader of the self-proclaimed Donetsk People's Republic"
_LEANING = (r"(?:far|hard|extreme|ultra|centre|center)-(?:right|left)|(?:right|left)-wing|ruling|governing|main|"
            r"largest|nationalist|ultranationalist|conservative|liberal|centrist|populist|opposition|pro-[a-z]+|"
            r"self-proclaimed|self-styled|breakaway|unrecognised|unrecognized|"
            r"(?:[A-Z][\w'’.]*\s+)?[A-Z][\w'’.]*-based")  # "the Tbilisi-based X", "the New York-based X": where
_BODY_AFTER = re.compile(r"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:(?:spokesman|spokeswoman|spokesperson|head|chief|"
                         r"(?:co-)?leader|director|chairman|chairwoman|chair|executive|officer|CEO|(?:co-)?founder|"
                         r"president)\s+(?:of|for)|(?:adviser|advisor|aide|secretary|"
                         r"spokesman|spokeswoman|spokesperson|assistant)\s+to|(?:MEP|MP|lawmaker|legislator)\s+(?:from|of)|"
                         r"(?i:secretary[- ]general)\s+of)\s+(?:the\s+)?(?:(?:" + _LEANING + r")\s+){0,2}"
                         r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&.-]*))*)")
_AT_BODY = re.compile(r"\s+at\s+(?:the\s+)?([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’&.-]*))*)")
_POLITICAL_BODIES = frozenset({"party", "movement", "coalition", "alliance", "bloc"})
_PARTICIPLE = re.compile(r"[A-Z][a-z]{2,}(?:ed|ing)")  # "Exiled opposition leader": capitalised as it opens a sentence
_WORD = re.compile(r"\w+")
# a body's topic after its name: "the Inter-Parliamentary Alliance on China" is no Chinese body
_TOPIC = re.compile(r"(?<=[a-z])\s+on\s+[A-Z].*$")
_BODY_THEN_LINK = re.compile(r"\b([A-Z][a-z]+)\s+(?:for|of|on)\s")  # "Institute for the World Economy"
_FOR_A_COUNTRY = re.compile(r"\b([A-Z][\w'’-]*)\s+for\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s*\Z")
_NEXT_LOWER = re.compile(r"\s+([a-z][\w-]*)")
_PORTFOLIO_HOLDERS = frozenset({"minister", "ministry", "secretary", "commissioner"})
# role nouns that, capitalised at the end of a body's name, are the name's own: "Green Party",
# "National Unity Government", "Kurdistan Regional Government" (read as a title, the body was
# filed as "National Unity")
_NAME_ENDS = frozenset({"Party", "Government"})


def actor_of_title(title: str) -> tuple[str, str] | None:
    """The actor a title names: the leftmost ("Russian ambassador to the UN" is Russia's), but
    an office named by title words alone yields to the body after its "of" ("the
    Secretary-General of the Arab League" is the League's, not the UN's), and a diplomat's host
    is never whom they speak for ("the ambassador to Russia", "the envoy in Moscow", "the special
    envoy for Syria")."""
    if _supranational_member(title):
        return None  # "Polish MEP": a member of the European Parliament speaks for their group
    title = without_hosts(title)
    if _named_for_a_country(title):
        return None  # "leader of the far-right Alternative for Germany": a party, not Germany's government
    head, of, rest = title.partition(" of ")
    if of and all(w.lower() in title_vocabulary() or w.lower() in ("the", "a", "an") for w in head.split()):
        named = actor_of_title(_TOPIC.sub("", rest))  # "Secretary General of the Organization of Turkic
        # States": no UN office; "a member of the Palestinian militant group Hamas": Hamas
        private = of_a_private_body(rest)  # "head of a rights foundation in Ankara": where it is
        return named if named or private or _PROPER_NAME.match(rest) else actor_in(title)
    found = actor_in(title)
    if found and found[1] == "country" and of_a_private_body(title):  # "Polish farmers' union leader"
        return private_body_named(title)  # "a member of the Palestinian militant group Hamas": Hamas
    return found


def _named_for_a_country(title: str) -> bool:
    """ "the Alternative for Germany", "the Alliance for Hungary": a body's capitalised name that
    ends in "for" and a country is named for it; its head is no title word ("Minister for
    Ukraine" is an office)."""
    match = _FOR_A_COUNTRY.search(title)
    if match is None or match.group(1).lower() in title_vocabulary():
        return False
    found = country_or_organisation(match.group(2))
    return found is not None and found[1] == "country"


def body_in_title(title: str) -> str | None:
    """ "Hamas spokesman", "Amnesty International researcher": capitalised words before the
    role noun that are no title name the body the person speaks for."""
    words_ = [w for w in DETERMINER.sub("", title).split() if not _IN_BRACKETS.fullmatch(w)]  # "(AKP)"
    length, heads = len(words_), set()
    while words_ and words_[-1].lower() in title_vocabulary() and words_[-1] not in _NAME_ENDS:
        heads.add(words_.pop().lower())  # "Green Party leader": a party is the body itself
    if not words_ or len(words_) == length:
        return None
    if heads & _PORTFOLIO_HOLDERS and not actor_in(" ".join(words_)) and _a_portfolio(words_):
        return None  # "Unification Minister", "Foreign Relations Secretary": a portfolio, not a body
    words_ = _without_modifiers(words_)
    body = " ".join(words_).removesuffix("'s").removesuffix("’s")
    return body if _names_a_body(words_, body) else None


def _a_portfolio(words_: list[str]) -> bool:
    """ "Unification" (one word), "Foreign Relations", "Public Security": the words of a
    portfolio before its minister or secretary, not a body's name."""
    return len(words_) == 1 or all(w.lower() in words("portfolio_words") for w in words_)


def _without_modifiers(words_: list[str]) -> list[str]:
    """ "senior Hamas official": a modifier before the body; "But Hamas official": a word that
    only the sentence capitalises."""
    while len(words_) > 1 and (words_[0].islower() and words_[0] in title_vocabulary() or is_not_name(words_[0])):
        words_ = words_[1:]
    return words_


def _names_a_body(words_: list[str], body: str) -> bool:
    """Capitalised words that are no nationality, no political family and not an office of
    common words ("Chief Cabinet Secretary")."""
    inner = words_[1:-1]  # "Justice and Development Party": a link inside the name
    return words_[0][:1].isupper() and words_[-1][:1].isupper() and \
        all(w[:1].isupper() or w in _NAME_LINKS for w in inner) and body.lower() not in ("the", "a") and \
        not _nationality_shaped(body) and not common_words_only(body) and not _PARTICIPLE.fullmatch(body) and \
        body.lower() not in words("compass_words")  # "the North's leader": a side of a country, no body


def body_after_title(title: str) -> str | None:
    """ "spokesman for the Taliban", "head of the Lindqvist Institute": the body a spokesperson
    or a head speaks for, named after "for" or "of" (a portfolio, "Minister for Foreign
    Affairs", follows other titles and is no body); after a possessive, the body's own name
    ("spokesman for President X's AK Party" speaks for the party, not for X)."""
    match = _BODY_AFTER.match(title)
    if match is None:
        return None
    if (own := private_body_name(title)) is not None:
        return own  # "leader of the Palestinian Islamist movement Hamas": Hamas, not "Palestinian Islamist"
    following = _NEXT_LOWER.match(title, match.end(1))
    if following and following.group(1) in words("project_words") and (at := _AT_BODY.match(title, following.end())):
        return _named_body(at.group(1))  # "director of the Middle East programme at Chatham House": the body running it
    if _modifies_a_noun(title[match.end(1):]):
        return None
    owned = _OWNED_NAME.search(match.group(1))  # "spokesman for X's AK Party": the party itself
    if owned and (common_words_only(owned.group(1)) or _PEOPLES.search(match.group(1), 0, owned.start())):
        body = match.group(1)  # "Republican People's Party": the possessive is the name's own
    else:
        body = owned.group(1) if owned else re.sub(r"['’]s\b.*$", "", match.group(1))  # "head of X's office": X
    at = _AT_BODY.match(title, match.end(1))
    if at and body.split()[-1].lower() in words("project_words"):
        body = at.group(1)  # "director of the Iraq Initiative at Chatham House": the body running it
    return _named_body(body)


def _named_body(body: str) -> str | None:
    """The body without the title words and links that trail it, if a name is left ("the
    Islamist movement" leaves an adjective: none)."""
    trailing = title_vocabulary() | {"of", "for", "and", "on", "the"}
    if any(m.group(1).lower() in words("org_words") for m in _BODY_THEN_LINK.finditer(body)):
        # "Kiel Institute for the World Economy": the words after the body's noun are its name's own
        trailing = frozenset({"of", "for", "and", "on", "the"})
    while body.split()[-1] not in _NAME_ENDS and body.split()[-1].lower() in trailing:
        body = body.rsplit(" ", 1)[0] if " " in body else ""
        if not body:
            return None
    return None if common_words_only(body) or _nationality_shaped(body) else body


def body_named_after_country(title: str) -> str | None:
    """ "Georgian Dream chairman", "leader of Pakistan Tehreek-e-Insaf": a body whose own name
    opens with a country (``labels.named_after_country``) is that body, not the country's
    government."""
    body = body_in_title(title) or body_after_title(title)
    return body if body and named_after_country(body) else None


def _nationality_shaped(body: str) -> bool:
    """ "Ruritanian" in "Ruritanian Foreign Minister": an adjective of a country the tables do
    not know names a government, not a body called "Ruritanian"; nor does an adjective of a
    political family ("Socialist MEP"): the party stays unstated."""
    demonym = country_or_organisation(body) if " " not in body else None  # "Dutch", "Greek"
    return " " not in body and (bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish|ist)", body)) or
                                (demonym is not None and demonym[1] == "country"))


def _modifies_a_noun(rest: str) -> bool:
    """ "director of the Horn of Africa project": a capitalised run that a common noun follows
    modifies it; the run is the project's subject, not a body anyone speaks for. A political
    body's word after the run is the body's own ("who heads the Unity Front party")."""
    following = _NEXT_LOWER.match(rest)
    return following is not None and \
        following.group(1) not in words("prepositions") | _POLITICAL_BODIES | {"and", "or", "who", "which"}


def _supranational_member(title: str) -> bool:
    """Whether a title is that of a member of a parliament above the state ("Dutch MEP")."""
    low = " ".join(_WORD.findall(title.lower()))
    return any(re.search(rf"\b{member}\b", low) for member in words("supranational_members"))
