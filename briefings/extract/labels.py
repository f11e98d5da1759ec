"""Whom a body, a group or a label speaks for, from its own words: "Pakistani officials",
"leaders of France, Germany, Britain and the US", "officials in Tehran", "the Foreign
Ministry", "Amnesty International", "a political analyst" (module ``party`` reads people).
"""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.actors import actor_in, country_or_organisation, demonym_table
from briefings.extract.article import Article
from briefings.extract.lexicon import union, words
from briefings.extract.spans import Quote

INDEPENDENT = "independent"
DETERMINER = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_LIST_SEPARATOR = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_LIST_OPENING = re.compile(r"^.*\b(?:of|from)\s+")  # "the leaders of"
# "Religious leaders of A, B and C", "Business leaders of A and B": people of those countries, not their
# governments; only an office's modifier ("foreign ministers of", "G7 leaders of") keeps the governments
_MODIFIED_LEADERS = re.compile(r"^(?:the\s+)?([\w-]+)\s+(?:leaders|ministers|officials|heads|representatives)"
                               r"\s+of\b", re.I)
_OFFICIAL_MODIFIERS = frozenset({"foreign", "defence", "defense", "finance", "economy", "economic", "trade",
                                 "interior", "health", "energy", "agriculture", "environment", "justice",
                                 "education", "transport", "government", "state", "national", "world", "top",
                                 "senior", "the"})
_ACRONYM_MODIFIER = re.compile(r"[A-Z][A-Z0-9]{1,5}")  # "G7 leaders of", "EU ministers of"
_GROUP_TAIL = re.compile(r"(?:\s+[a-z][\w-]*)+$")  # the lower-case head of a group label
_ORGAN_WORDS = frozenset({"general", "staff", "presidential", "national", "security", "armed", "intelligence"})
# a preposition or a relative clause, to the title's end
_PREPOSITION_TAIL = re.compile(r"\s+(?:in|at|with|from|of|for|based|on|to|who|whose|which|that)\s.*$")
_PLACED_IN = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?([A-Z][\w'’.-]*[\w.](?:\s+[A-Z][\w'’.-]*\w)?)")
_GUESTS = re.compile(r"\b(?:ambassadors?|embass(?:y|ies)|envoys?|consulates?|delegations?|charg[eé] d['’]affaires)\b",
                     re.IGNORECASE)  # another government's people in a capital
_WORD = re.compile(r"(?<![\w-])[a-z]+(?![\w-])")  # a whole word: "government-funded" is no body
_A_NATIONAL = re.compile(r"(?:an?|one)\s+([A-Z][\w-]*)(?:,|\s+(?:in|from|at|who|now|originally|[a-z]+ing)\b.*)?\Z")
# "Israel's Labor Party": a country's political party, by its own name
_COUNTRYS_PARTY = re.compile(r"(.+?)['’]s\s+([A-Z][\w'’-]*(?:\s+(?:and|of|for|[A-Z][\w'’-]*))*?"
                             r"\s+(?:Party|Movement|Front|Alliance|Coalition|Bloc))\Z")
_RELATIVE_TAIL = re.compile(r"\s+(?:who|whose|which|that)\s.*$")  # "a lawyer who once worked in the ... office"
# unnamed staff whose employer may follow: "an official at the Foreign Ministry"
_STAFF_HEADS = frozenset({"official", "officials", "source", "sources", "aide", "aides", "staffer", "staffers",
                          "member", "members"})
# words of a state's organs that the tables do not hold as body words ("Iranian Revolutionary Guards")
_STATE_WORDS = frozenset({"armed", "guard", "guards", "corps", "revolutionary", "national", "federal", "state",
                          "royal", "central", "supreme", "general", "security", "intelligence", "defence", "defense"})
# the last word of a government's organ, which is never a party of its own ("External Affairs Ministry")
# a head of two words: "the Royal Court" ("the Supreme Court" keeps its own name), "the Central Election
# Commission" ("the Mekong River Commission", a body of several states, keeps its own)
_STATE_ORGAN_PAIRS = frozenset({"royal court", "election commission", "electoral commission"})
_STATE_ORGANS = frozenset({"ministry", "embassy", "consulate", "guard", "police", "gendarmerie",  # "Border Guard"
                           # a region's government: "Gyeonggi Province Governor", "Odesa Oblast Governor"
                           "province", "oblast", "krai", "prefecture", "governorate", "county"})
# "the chief observer", "the head observer": the leader of a body's observers (an election
# mission's), who speaks for it, never for themselves
_LEADING = frozenset({"chief", "head", "lead", "deputy"})
_NOT_OUTLET_ALONE = frozenset({"agency", "press"})  # "International Atomic Energy Agency", "Press Office"
_AFFILIATED = re.compile(r"\s+(?:in|at|with|of|from)\s+(?:the\s+)?((?:[A-Z][\w'’.-]*\s+(?:(?:of|for|and)\s+)?){0,5}"
                         r"[A-Z][\w'’.-]*[\w])")


def holds_government_body(name: str) -> bool:
    """Whether a body's name holds a government body word as a whole word ("Qatar's Ministry of
    Foreign Affairs", not "government-funded")."""
    return any(word in words("government_bodies") for word in name.lower().replace("’s", "").replace("'s", "").split())


def government_body(speaker: str) -> bool:
    """ "the Foreign Ministry", "the ministry", "a Foreign Ministry spokesman": a government
    body named by common words only, no actor's name in it."""
    words_ = DETERMINER.sub("", speaker).lower().split()
    head = words_[:words_.index("of")] if "of" in words_ else words_  # "Ministry of Foreign Affairs"
    return bool(head) and any(w in words("government_bodies") for w in head) and \
        (head[-1] in words("government_bodies") or head[-1] in words("government_titles")) and \
        common_words_only(" ".join(words_)) and actor_in(speaker) is None


#: Bodies and fighters that are no organ of a state, written in lower case in a title or label
#: ("Polish farmers' union leader", "a Pakistani militant group", "a Syrian rebel commander"): the
#: nationality says where they are, not whose words they speak.
_PRIVATE_BODIES = frozenset({"union", "unions", "association", "federation", "confederation", "church",
                             "company", "firm", "charity", "lobby", "syndicate", "cooperative", "group",
                             "groups", "movement", "faction", "organisation", "organization", "network",
                             "rebel", "rebels", "militant", "militants", "insurgent", "insurgents",
                             "separatist", "separatists", "jihadist", "jihadists", "watchdog", "watchdogs",
                             "ngo", "ngos", "tank", "institute", "university", "foundation"})  # "think tank"
_AFTER_PRIVATE = re.compile(r"\b(?:" + "|".join(sorted(_PRIVATE_BODIES)) + r")\s+(.*)$")
_NAME_AFTER_PRIVATE = re.compile(r"\b(?:" + "|".join(sorted(_PRIVATE_BODIES)) +
                                 r")\s+((?:al-)?[A-Z][\w'’-]*(?:\s+(?:al-\w+|[A-Z][\w'’-]*))*)")


def of_a_private_body(phrase: str) -> bool:
    """Whether a title or label names a private body in lower case."""
    return bool(set(_WORD.findall(phrase)) & _PRIVATE_BODIES)


def private_body_named(phrase: str) -> tuple[str, str] | None:
    """The actor named after a private body's noun ("the Palestinian militant group Hamas"), or
    None ("a Pakistani militant group"): the body's own name, never the nationality before it."""
    match = _AFTER_PRIVATE.search(phrase)
    if match is None or match.group(1).split(" ", 1)[0] in words("prepositions"):
        return None  # "the DIW economic institute in Berlin": where the body is, not a name
    return actor_in(match.group(1))


def private_body_name(phrase: str) -> str | None:
    """ "a commander of the Syrian rebel group Jaish al-Islam": the capitalised name after a
    private body's noun, the body's own."""
    match = _NAME_AFTER_PRIVATE.search(phrase)
    return match.group(1) if match else None


def officials_in(article: Article, quote: Quote) -> tuple[str | None, str | None] | None:
    """ "officials in Tehran said": officials placed in a country or its seat of government are
    its officials (diplomats placed there are foreign: not read). So is a government body named
    by common words ("a Foreign Ministry spokeswoman in Beijing"), but no embassy or consulate,
    which stands in another country's capital."""
    said = (quote.speaker or "").lower().split()
    body = said[-1:] not in (["officials"], ["authorities"])
    if quote.speaker_end is None or body and not (
            government_body(quote.speaker or "") and not {"embassy", "consulate"} & set(said)):
        return None
    match = _PLACED_IN.match(article.masked, quote.speaker_end)
    found = country_or_organisation(match.group(1)) if match else None
    if match is None or found is None or found[1] != "country" or body and _guests_in(article, match.group(1)):
        return None
    return found[0], f"officials placed in {found[0]}: {(quote.speaker or '') + match.group(0)!r}"


def _guests_in(article: Article, place: str) -> bool:
    """ "Britain summoned China's ambassador ... a Foreign Ministry spokesman in London", "the
    German minister arrived in Kyiv ... a Foreign Ministry spokesman in Kyiv": where the article
    shows another government in the place (an envoy, an embassy, a delegation, a visit), a
    ministry placed there may be the guest's."""
    visit = rf"\b(?:arriv\w*|visit\w*|travel\w*|flew|landed|trip|talks)\s+(?:to\s+|in\s+|at\s+)?{re.escape(place)}\b"
    return _GUESTS.search(article.masked) is not None or re.search(visit, article.masked, re.IGNORECASE) is not None


def staff_of_body(article: Article, quote: Quote) -> tuple[str | None, str | None] | None:
    """ "a senior official in the Kurdistan Democratic Party (KDP)", "an official at the Iraqi
    Foreign Ministry", "sources with NATO": unnamed staff named with the body they work for
    speak for that body's actor. Only a body: a place ("officials in Tehran") is read by
    :func:`officials_in`, and a diplomat's host is never whom they speak for."""
    if quote.speaker_end is None or (quote.speaker or "").lower().split()[-1:] not in ([h] for h in _STAFF_HEADS):
        return None
    match = _AFFILIATED.match(article.masked, quote.speaker_end)
    if match is None:
        return None
    body = match.group(1)
    known = country_or_organisation(body)
    if not (known and known[1] == "organisation") and body.split()[-1].lower() not in words("org_words"):
        return None  # "an official in Baghdad", "a source at Camp David": a place, not an employer
    found = actor_in(body)
    if found:
        return found[0], f"{quote.speaker!r} of {body!r}, which names {found[0]}"
    if common_words_only(body):
        return None
    return body, f"{quote.speaker!r} of the body {body!r}, by its own name"


def party_of_body(speaker: str) -> tuple[str | None, str | None]:
    """A body, a group ("Pakistani officials") or a seat of government speaks for the actor its
    name holds, else for itself. An analyst or an expert speaks for themselves, whatever their
    nationality ("a Dutch analyst")."""
    if speaks_for_self(speaker):
        return INDEPENDENT, f"{speaker!r} is a role of someone speaking for themselves"
    if none := _no_party(speaker):
        return none
    listed = _listed_actors(speaker)
    if listed and all(kind == "country" for _, kind in listed):
        return joined(list(dict.fromkeys(actor for actor, _ in listed))), f"{speaker!r} lists them"
    if listed:
        return None, f"{speaker!r} speaks for several actors, not all of them governments"
    if named_after_country(speaker):
        return speaker, f"the body {speaker!r} by its own name, which opens with a country's"
    found = actor_in(speaker)
    if found and found[1] == "country" and (where := _where_not_whose(speaker, found[0])):
        return where
    if found:
        return found[0], f"{speaker!r} names {found[0]}"
    if _group_head(speaker) and not _proper_body_name(speaker):
        return None, f"{speaker!r} does not say whom they speak for"
    return _by_own_name(speaker)


def _no_party(speaker: str) -> tuple[None, str] | None:
    """A news outlet (it reports others' words), or "Religious leaders of A, B and C", "Business
    leaders of A and B" (people of those countries, not their governments; "foreign ministers
    of", "G7 leaders of" keep the governments): no party, and why."""
    if is_outlet_name(speaker):
        return None, f"{speaker!r} is a news outlet: it reports others' words and is no party"
    modified = _MODIFIED_LEADERS.match(speaker)
    if modified and modified.group(1).lower() not in _OFFICIAL_MODIFIERS and \
            not _ACRONYM_MODIFIER.fullmatch(modified.group(1)):
        return None, f"{speaker!r}: {modified.group(1)!r} leaders of a country are not its government"
    return None


def _where_not_whose(speaker: str, country: str) -> tuple[str | None, str] | None:
    """ "Israel's Labor Party": a party by its own name; "a Pakistani militant group": a private
    body or fighters in a country, not its state's (no party); else None."""
    owned = _COUNTRYS_PARTY.match(speaker)
    if owned and actor_in(owned.group(1)) and actor_in(owned.group(2)) is None:
        return owned.group(2), f"the body {owned.group(2)!r} by its own name: {owned.group(1)!r} says where"
    if of_a_private_body(speaker):
        return None, f"{speaker!r} names a body or fighters in {country}, no organ of its state, but not the body"
    return None


def is_state_organ_name(name: str) -> bool:
    """ "Border Guard", "National Police", "Foreign Ministry", "Central Election Commission",
    "Royal Court", "Odesa Oblast": a name whose head is a state's organ or a region of a state,
    of no country unless an actor is named with it (a region's name says where, never which
    country's: filed under its own name, it was a party no analyst groups by)."""
    words_ = name.lower().split()
    return bool(words_) and (words_[-1] in _STATE_ORGANS or " ".join(words_[-2:]) in _STATE_ORGAN_PAIRS)


def _by_own_name(speaker: str) -> tuple[str | None, str | None]:
    """A body that names no actor speaks for itself, by the name the article gives it, unless
    the name is a state organ's or a common noun ("the Council said": whose council?)."""
    if is_state_organ_name(speaker):
        return None, f"{speaker!r} is a government's body, and its name does not say which country's"
    if " " not in speaker and speaker.lower() in words("org_words"):
        return None, f"{speaker!r} is a body's common noun: the article does not name the body in full"
    if speaker[:1].isupper() and speaker.split()[-1][:1].isupper():  # another organisation, by the name
        return speaker, f"the body {speaker!r} by its own name"  # the article gives it ("Brussels-based
    # think tank" is a label: a proper name ends in a capital)
    return None, f"{speaker!r} is not a named body"


def named_after_country(name: str, *, by_adjective: bool = False) -> bool:
    """ "Georgian Dream", "Pakistan Tehreek-e-Insaf", "Turkish Airlines": a body whose own name
    opens with a country or its adjective and goes on with words that are no title, body,
    portfolio or actor's word is that body (a party, a company), not the country's government.
    "Russian Foreign Ministry", "Chinese Communist Party" and "Iranian Revolutionary Guards" stay
    the country's: a body word in the name makes it an organ of the state or of its ruling party;
    "Czech Republic" is the country itself. With ``by_adjective`` only a nationality adjective may
    open it: a name read as a person's ("Turkish Airlines") may be one ("Israel Katz", "Jordan
    Bardella")."""
    words_ = DETERMINER.sub("", name).split()
    if by_adjective and (not words_ or words_[0].casefold() not in _adjectives()):
        return False
    first = country_or_organisation(words_[0].removesuffix("'s").removesuffix("’s")) if words_ else None
    if len(words_) < 2 or first is None or first[1] != "country":
        return False
    rest = words_[1:]
    if not all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in rest):
        return False  # "Ukrainian soldier": a group label, no name
    longer = any(country_or_organisation(" ".join(words_[:k])) for k in range(2, len(words_) + 1))
    return not longer and not actor_in(" ".join(rest)) and not _state_words_in(rest)


def _state_words_in(rest: list[str]) -> bool:
    """Whether a word of the name after its country is a title's, a body's, a portfolio's or an
    actor's ("Foreign Ministry", "Communist Party"): then the name is the state's organ."""
    common = union("org_words", "role_nouns", "title_words", "title_modifiers", "portfolio_words",
                   "government_bodies") | _STATE_WORDS
    return any(w.lower() in common or country_or_organisation(w) for w in rest)


def party_of_name_after_country(name: str) -> tuple[str | None, str] | None:
    """A name read as a person's that opens with a country's adjective is a body's ("Turkish
    Airlines"): its own party. One that opens with a country's name may be either ("Jordan
    Bardella", "Israel Katz", "Kenya Airways"): never that country's government, so no party,
    with the reason (it went to Jordan). None for every other name."""
    if named_after_country(name, by_adjective=True):
        return name, f"the body {name!r} by its own name, which opens with a country's"
    if named_after_country(name):
        return None, f"{name!r} opens with a country's name, as a person's or a body's may: whom they speak for " \
                     "is unstated"
    return None


@cache
def _adjectives() -> frozenset[str]:
    return frozenset(adjective.casefold() for adjective in demonym_table())


def is_outlet_name(name: str) -> bool:
    """ "Korean Central News Agency", "Xinhua", "the Global Times": a news outlet, which an
    analyst never files words under (issue 19 point 6), even where it is taken for the speaker of
    words it relays. "Agency" and "Press" alone name no outlet ("International Atomic Energy
    Agency", "Press Secretary")."""
    lowered = DETERMINER.sub("", name).replace("state-run ", "").lower()
    said = set(lowered.split())
    return lowered in words("news_outlets") or bool(said & (words("news_outlet_words") - _NOT_OUTLET_ALONE)) or \
        _NOT_OUTLET_ALONE <= said  # "Saudi Press Agency", "Agence ... Press Agency"


def _listed_actors(speaker: str) -> list[tuple[str, str]]:
    """ "leaders of France, Germany, Britain and the US", "Russian and Chinese diplomats": the
    actors a label lists, in the article's order ([] unless every item names one)."""
    items = _LIST_SEPARATOR.split(speaker)
    if len(items) < 2:
        return []
    items[0] = _LIST_OPENING.sub("", items[0])
    items[-1] = _GROUP_TAIL.sub("", items[-1])  # "Chinese diplomats" → "Chinese"
    found = [country_or_organisation(DETERMINER.sub("", item)) for item in items]
    return [hit for hit in found if hit] if all(found) else []


def _proper_body_name(speaker: str) -> bool:
    """ "Freedom Party", "National Liberation Front": a name of capitalised words, not all of
    them common ones, is a body's own name even when its last word is a role noun."""
    names = [w for w in DETERMINER.sub("", speaker).split() if w not in ("of", "for", "and", "the")]
    plural = names[-1].lower().endswith(("s", "men")) if names else False  # "Western Diplomats"
    plural = plural and (names[-1].lower() in words("portfolio_words") or  # "... of Humanitarian Affairs"
                         not any(w.lower() in words("org_words") for w in names))  # "Alliance of Sahel States"
    return len(names) > 1 and not plural and all(w[:1].isupper() for w in names) and \
        not common_words_only(" ".join(names))


def _group_head(speaker: str) -> bool:
    """ "Western diplomats", "one envoy": a label of people, singular or plural, not a body."""
    last = speaker.split()[-1].lower() if speaker.split() else ""
    singular = re.sub(r"(?:(?<=[^aeiou]i)es|(?<!s)s)$", "", last).replace("ies", "y")
    roles = union("role_nouns", "independent_roles")
    return last in roles or singular in roles or last.endswith("men") or speaker[:1].islower()


def common_words_only(body: str) -> bool:
    """ "the General Staff", "the Presidential Office": a government organ named by common
    words only is no body of its own (the official's government is read elsewhere)."""
    common = union("org_words", "role_nouns", "title_words", "title_modifiers") | _ORGAN_WORDS
    return all(w.lower() in common for w in body.split() if w.lower() not in ("of", "for", "and", "on", "the"))


def speaks_for_self(title: str, *, body_first: bool = False) -> bool:
    """ "a political analyst", "an expert in Tehran", "an activist who fled the city": the
    title's head, before any preposition or relative clause, is a role of someone speaking for
    themselves. With ``body_first`` (the title names no actor: a place inside a university's or
    an institute's name is none, ``actors``), the head may also end a title that opens with the
    body ("University of Lagos lecturer", "Chinese Academy of Social Sciences researcher"); a
    body that names a country keeps it ("Bank of Japan economist" speaks for Japan). Whoever
    works for a government body ("a doctor at the Health Ministry", "an embassy economist")
    does not speak for themselves: the title says whose staff they are."""
    if _a_national(title):
        return True
    roles = words("independent_roles")
    said = set(_WORD.findall(_RELATIVE_TAIL.sub("", title.lower())))
    if words("government_bodies") & said and not said & words("academic_bodies"):  # "School of Government"
        return False
    lowered = _PREPOSITION_TAIL.sub("", title.lower()).split()
    heads = [lowered, title.lower().split()] if body_first else [lowered]
    return any(head and (head[-1] in roles or " ".join(head[-2:]) in roles)
               and not set(head[:-1]) & _LEADING for head in heads)


def ties_to_someone(title: str) -> bool:
    """ "Kremlin ally", "a Trump rival", "Erdogan loyalist": the title's head is a tie to the
    actor it names, not a post in it, so that actor is not whom the person speaks for."""
    head = _PREPOSITION_TAIL.sub("", title.lower()).split()
    return bool(head) and head[-1] in words("relation_nouns")


def _a_national(title: str) -> bool:
    """ "a Palestinian from Khan Younis", "a Ukrainian living in Poland", "an Iranian in Istanbul":
    a nationality as the noun itself, with no title after it, is a private person."""
    match = _A_NATIONAL.match(title)
    return match is not None and match.group(1) in demonym_table()


def joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
