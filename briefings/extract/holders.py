"""Whom a named office holder speaks for when the article never says: the office-holder list.

News excerpts name the people every reader of foreign news knows without their titles: a
report that opens on the third paragraph of a story says "Mohammad Javad Zarif said" and never
"Iran's foreign minister". The text states no party, yet an analyst files the words under Iran
without a second thought. ``lexicon/office_holders.txt`` lists heads of state and government,
foreign and defence ministers, spokespeople and the heads of international organisations of
2000–2025, each with the party the office speaks for; it was written from the public record by
a recipe of offices and countries (its header), not from any evaluation set.

The list is the last reading of a person's party, after every statement of the text, and its
evidence says "weaker" and names the list, so a reviewer sees that the party is knowledge, not
text. A name is matched whole (every word, diacritics and hyphens aside): a surname alone is
never looked up ("Kim", "Lee" and "Khan" are many people). Two lookups of a family name were
tried and not kept, since neither changed a party on either part of foreign-dev: one with a
title of the office the list gives ("Foreign Minister Lavrov"), one with none ("Lavrov said").
A person the list has in offices of several parties (Jens Stoltenberg for Norway and for NATO)
gets the one of them the article names, if it names only one; otherwise none, with the reason.

The list never contradicts the text (docs/extraction.md, "Round 8: an attack on the
office-holder list"). Many listed names are common ones ("Li Qiang", "Robert Hill", "Ahmed
Maher"), and listed people change posts, so the list is not read for a person the article
* gives a role that fits none of their listed offices ("a taxi driver", "president of an aid
  group", "mayor of a port city"): a namesake, or another post of theirs;
* describes in words of another time or another side, near a mention of them, which the title
  readers do not take for a former office: "ex-minister X", "X, a onetime envoy", "X, who now
  leads an opposition party", "X, who served as adviser until 2019";
* places by a home town that names none of their parties ("X, of Amman,", "X of Busan").
The list's one party is given only where the article bears it out: it names that party, or
gives the person a title that fits a listed office by its own words. A title that fits the
offices of one of a person's several parties chooses it ("X, the secretary general," is NATO's
where the list has X as Norway's prime minister and NATO's secretary general), unless the
article names another of their parties and not that one; a word for the head of any body
("chief", "head") chooses nothing.
"""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.actors import actors_in
from briefings.extract.article import Article
from briefings.extract.lexicon import union
from briefings.extract.office_list import fold, office_holders
from briefings.extract.resolve import Resolver
from briefings.extract.titles import mentions_of

# words of another time or side: before a name ("ex-minister X", "ousted president X", "the late
# X") and in the apposition or relative clause after it ("X, now an opposition leader,", "X, who
# stepped down in 2021,", "X, minister from 2013 to 2021,")
_OUT_OF_OFFICE = r"\bex-|\b(?:former|one-?time|erstwhile|ousted|deposed|toppled|exiled?|jailed|imprisoned|" \
                 r"self-(?:proclaimed|declared|styled)|would-be|disgraced|opposition|dissident|rebels?)\b"
_ELSEWHEN_BEFORE = re.compile(_OUT_OF_OFFICE + r"|\bthe\s+(?:late|then)\b|\bthen-", re.IGNORECASE)
_ELSEWHEN_AFTER = re.compile(
    _OUT_OF_OFFICE + r"|\b(?:formerly|once|then|now|until|previously|fired|sacked|dismissed|resigned|retired|"
    r"stepped\s+(?:down|aside)|left\s+(?:office|power|the\s+government)|quit|removed|lost|fled|exile|impeached|"
    r"arrested|detained|prison|running|candidate|(?<!has\s)(?<!have\s)served|had\s+been)\b|"
    r"\b(?:from|between)\s+\d{4}\s+(?:to|and)\s+\d{4}\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"""[.;:!?,()"“”\n](?=[^.;:!?,()"“”\n]*\Z)""")
# "X, 45, a ...", "X, who ...", and "X from exile", "X in exile" without a comma
_APPOSITION_OPENS = re.compile(r"(?:,\s+\d{1,3})?,\s|\s+(?=(?:from|in)\s+exile\b)")
_APPOSITION_ENDS = re.compile(r"[.;!?\n]")
# "X, of Amman,", "X, 52, from Busan": a home town, where a list's office holder is placed by office
_PLACED = re.compile(r"(?:,\s+(?:\d{1,3},\s+)?|\s+)(?:of|from)\s+(?!the\b)([A-Z][\w'’-]*(?:,?\s+[A-Z][\w'’-]*)*)")
_REACH = 120  # characters read after a name, and a third of it before
# a style of address, not a role ("Gen. X", "Sheikh X", "Ayatollah X")
_STYLES = frozenset({"sheikh", "ayatollah", "hojatoleslam", "excellency", "highness", "majesty"})
# a word of a role that fits any public office the list may have ("a senior official")
_ANY_OFFICE = frozenset({"official", "officials", "diplomat", "politician", "statesman", "leader"})
# words for the head of any body: they fit an office, but do not tell one body's from another's
# ("the fund's chief" is no World Bank chief executive)
_HEAD_OF_ANY_BODY = frozenset({"chief", "head", "director", "boss", "executive", "chairman", "general"})
# one office, several words for it
_SAME_OFFICE = {"spokeswoman": "spokesman", "spokesperson": "spokesman", "premier": "minister", "pm": "minister",
                "taoiseach": "minister", "advisor": "adviser", "chairwoman": "chairman", "chairperson": "chairman",
                "chair": "chairman", "envoy": "ambassador", "representative": "ambassador"}


def holder_party(article: Article, resolver: Resolver, name: str,
                 titles: list[str]) -> tuple[str | None, str] | None:
    """(party, evidence) from the office-holder list for the person ``name``, whom the article
    gives ``titles`` (every one, former ones included); (None, reason) where the article
    describes them otherwise (module docstring) or the list has them for several parties and the
    article does not tell which; None where the list does not have the name (or it is one word)."""
    entries = office_holders().get(fold(name)) if " " in name.strip() else None
    if not entries:
        return None
    listed = f"the office-holder list has {name}"
    otherwise = _described_otherwise(article, resolver, name, titles, entries)
    if otherwise:
        return None, f"{otherwise}; the office-holder list, which has {name} as {_offices(entries)}, is not used"
    fitting = _fitting(entries, titles)
    conflict = _title_against_names(article, name, entries, fitting)
    if conflict:
        return None, conflict
    entries = fitting or entries
    parties = list(dict.fromkeys(party for party, _ in entries))
    if len(parties) == 1:
        return _single(article, name, entries, titles if fitting else [])
    named = [party for party in parties if party in article.actors_named()]
    if len(named) == 1:
        return named[0], (f"weaker: the article does not say whom {name} speaks for; {listed} in several offices "
                          f"({_offices(entries)}), and the article names only {named[0]} of them")
    return None, f"the article does not say whom {name} speaks for, and {listed} for {' and for '.join(parties)}"


def _single(article: Article, name: str, entries: list[tuple[str, str]],
            fitting: list[str]) -> tuple[str | None, str]:
    """The one party the list gives, if the article bears it out: a title of the person that
    fits a listed office by its own words, or the party named anywhere in the article (as a
    name, a demonym, a capital or a seat); else none. An article that does neither may be about
    a namesake ("Li Qiang said" of a Wuhan taxi driver, his trade told two sentences later)."""
    party, offices = entries[0][0], "; ".join(office for _, office in entries)
    listed = f"the office-holder list has {name} for {party} ({offices})"
    if fitting:
        borne = f"the article's titles ({', '.join(map(repr, map(str, fitting)))}) fit these offices"
    elif party in article.actors_named():
        borne = f"the article names {party}"
    else:
        return None, f"{listed}, but the article neither names {party} nor gives {name} a title of those " \
                     "offices: a namesake? The list is not used"
    return party, f"weaker: the article does not say whom {name} speaks for; {listed}; {borne}"


def _offices(entries: list[tuple[str, str]]) -> str:
    return "; ".join(f"{office} for {party}" for party, office in entries)


def _described_otherwise(article: Article, resolver: Resolver, name: str, titles: list[str],
                         entries: list[tuple[str, str]]) -> str | None:
    """Why the list is not read for this person: a role the article gives them that fits none
    of their listed offices, or words of another time or side near a mention of them; else None."""
    listed = set().union(*(_office_words(office) for _, office in entries))
    for title in filter(_is_role, titles):
        if not _office_words(title) & (listed | _ANY_OFFICE):
            return f"the article gives {name} a role that none of their listed offices is: {str(title)!r}"
    parties = {party for party, _ in entries}
    for mention in mentions_of(article, resolver, name):
        cue = _elsewhen(article.masked, mention.start, mention.end)
        if cue:
            return f"the article describes {name} in words of another time or side: {cue!r}"
        place = _placed_privately(article.masked, mention.end, parties)
        if place:
            return f"the article writes {place!r} after {name}: a home town or a body, none of their listed parties"
    return None


def _placed_privately(masked: str, end: int, parties: set[str]) -> str | None:
    """The home town (or a body) after a name ("X, of Amman,", "X of Busan"), if it names no
    actor or one that is none of the person's listed parties ("X of Ruritania" is no
    contradiction). News places a private person by a home town, an office holder by office."""
    place = _PLACED.match(masked, end)
    if place is None:
        return None
    named = {actor for actor, _ in actors_in(place.group(1))}
    return None if named and named <= parties else place.group(0).strip(" ,")


def _is_role(title: str) -> bool:
    """Whether a title the article gives says what the person is: not an event ("re-elected in
    2017", "speaking in Oslo"), nor another office held beside the listed one ("also general
    secretary of the party"), nor a style of address alone ("Gen.", "Sheikh")."""
    words_ = title.replace(".", " ").lower().split()
    if not words_ or words_[0] == "also" or words_[0].endswith(("ed", "ing")) and title[:1].islower():
        return False
    return not set(words_) <= _STYLES | union("honorifics", "abbreviated_titles", "nobility")


def _elsewhen(masked: str, start: int, end: int) -> str | None:
    """The words of another time or side in the clause before a mention or in the apposition
    after it ("ex-minister X", "X, now an opposition leader,"), if any."""
    before = masked[max(0, start - _REACH // 3):start]
    clause = _CLAUSE_START.search(before)
    found = _ELSEWHEN_BEFORE.search(before[clause.end():] if clause else before)
    if found:
        return found.group(0)
    opens = _APPOSITION_OPENS.match(masked, end)
    if opens is None:
        return None
    after = masked[opens.end():opens.end() + _REACH]
    closes = _APPOSITION_ENDS.search(after)
    found = _ELSEWHEN_AFTER.search(after[:closes.start()] if closes else after)
    return found.group(0) if found else None


def _title_against_names(article: Article, name: str, entries: list[tuple[str, str]],
                         fitting: list[tuple[str, str]]) -> str | None:
    """Why the list gives no party where the person's title fits an office of one listed party
    and the article names another of them, never the first ("X, the secretary general," in an
    article on the EU, where the list has X as NATO's secretary general and as the EU's envoy):
    either may be wrong, so the list says nothing; else None."""
    named = {party for party, _ in entries} & article.actors_named()
    fitted = {party for party, _ in fitting}
    if not fitted or not named or named & fitted:
        return None
    return f"the article gives {name} a title of their listed office for {' and '.join(sorted(fitted))}, but names " \
           f"{' and '.join(sorted(named))}, another party the office-holder list has them for: which?"


def _fitting(entries: list[tuple[str, str]], titles: list[str]) -> list[tuple[str, str]]:
    """The listed offices that the article's titles name by their own words ("Secretary
    General" of NATO's secretary general, not of Norway's prime minister); words for the head of
    any body or for any office name none."""
    said = set().union(*(_office_words(title) for title in titles)) - _ANY_OFFICE - _HEAD_OF_ANY_BODY
    return [entry for entry in entries if _office_words(entry[1]) & said]


def _office_words(text: str) -> frozenset[str]:
    """The words of an office a title or a listed office holds ("Deputy Foreign Minister" →
    {"minister"}): role and title words, not their modifiers or portfolios, one word for each
    office ("spokeswoman" is "spokesman")."""
    heads = _office_heads()
    return frozenset(_SAME_OFFICE.get(w, w) for w in re.split(r"[\s\-‐‑–,]+", text.lower()) if w in heads)


@cache
def _office_heads() -> frozenset[str]:
    return (union("role_nouns", "title_words", "government_titles") | _ANY_OFFICE) - \
        union("title_modifiers", "portfolio_words") - {"deputy", "vice", "prime", "acting", "member", "members"}
