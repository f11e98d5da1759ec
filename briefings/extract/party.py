"""Whom each quote's speaker speaks for: its ``party``, or None with ``party_reason``.

An analyst groups quotes by the actor on whose behalf words are spoken, so a party is
* a government, by the country's common English short name ("Russia", "South Korea"), for
  officials, ministries, spokespeople and seats of government ("the Kremlin");
* an international organisation by its name ("United Nations", "European Union") for its
  bodies, officers and envoys;
* any other body by its full name as the article gives it ("Amnesty International");
* "independent" for analysts, experts and citizens speaking for themselves;
* several governments speaking together: their names joined in the article's order.

Only what the text states counts: the speaker's name when it is a body, the titles and
appositions the article gives a person ("Russian Deputy Foreign Minister X", "X, the EU's
envoy,"), in reading order, the first actor found winning; a speaker keeps one party in an
article. Nothing found: None, and the reason says so (no guess from a name's language).

Every reading returns (party, why): ``why`` is the evidence when a party is found (the words of
the title, the affiliation, the body or the statement it rests on, and "weaker" where it rests
on less than a statement of the text about this speaker) and the reason when none is.
"""

from __future__ import annotations

import re
from functools import partial

from briefings.extract.actors import actor_in, country_or_organisation
from briefings.extract.article import Article
from briefings.extract.forums import forum_of_diplomats
from briefings.extract.groups import is_group
from briefings.extract.holders import holder_party
from briefings.extract.labels import (
    DETERMINER,
    INDEPENDENT,
    government_body,
    is_outlet_name,
    is_state_organ_name,
    joined,
    officials_in,
    party_of_body,
    party_of_name_after_country,
    speaks_for_self,
    staff_of_body,
)
from briefings.extract.lexicon import words
from briefings.extract.meps import mep_group
from briefings.extract.missions import mission_owner
from briefings.extract.nicknames import nicknames
from briefings.extract.office import body_country, is_official, office_country
from briefings.extract.opposition import opposition_party
from briefings.extract.orgnames import aliases_of, spelled_out
from briefings.extract.plural_roles import listed_party
from briefings.extract.presidencies import council_president
from briefings.extract.resolve import Resolver
from briefings.extract.secretaries import is_bare_secretary_general, secretary_generals_body
from briefings.extract.spans import Quote
from briefings.extract.tied_bodies import body_led, document_authored, with_evidence
from briefings.extract.title_bodies import actor_of_title, body_after_title, body_in_title, body_named_after_country
from briefings.extract.titles import (
    Title,
    acronyms_spelled_out,
    counterpart_side,
    evidence_of,
    is_counterpart,
    title_vocabulary,
    titles_of,
    without_ties,
)
from briefings.extract.wings import owner_of_wing

_OPPOSITION = re.compile(r"\bopposition\b", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:former\s+|ex-|retired\s+)(?!Soviet|Yugoslav)", re.IGNORECASE)  # "a retired colonel"
_GOVERNING_OFFICES = frozenset({"minister", "premier", "chancellor", "taoiseach"})  # a cabinet's members
_OWNED = re.compile(r"\w['’]s\b")
_OWNER_BEFORE = re.compile(r"\b((?:[A-Z][\w.-]*\s+)?[A-Z][\w.-]*)\Z")  # "Iran" of "Iran's X"
_WORD = re.compile(r"\w+")
_AFTER_THE = re.compile(r"\b(?:the|The)\s+(?=(\w+))")  # "the the X": each "the" reads on
_OFFICES = {"government", "administration", "cabinet", "office", "camp", "team"}
_STAFF_FOR = re.compile(r"(?:[\w-]+\s+){0,2}(?:spokesman|spokeswoman|spokesperson)\s+for\s+([A-Z].*)")


def assign_parties(article: Article, resolver: Resolver, quotes: list[Quote]) -> None:
    """Fill ``party`` with ``party_evidence``, or ``party_reason``, of every quote (one party
    per speaker)."""
    known: dict[str, tuple[str | None, str | None]] = {}
    for quote in quotes:
        if quote.speaker is None:
            quote.party, quote.party_reason = None, "no speaker"
            continue
        if quote.speaker not in known:
            known[quote.speaker] = party_of(article, resolver, quote)
        party, why = known[quote.speaker]
        quote.party = party
        quote.party_evidence, quote.party_reason = (why, None) if party else (None, why)


def party_of(article: Article, resolver: Resolver, quote: Quote) -> tuple[str | None, str | None]:
    speaker = quote.speaker or ""
    if quote.joint and not _one_body(quote.joint):
        return _joint_party(article, resolver, quote.joint)
    if _a_person(article, resolver, speaker):
        return _party_of_name(article, resolver, speaker)
    principal = _principal(resolver, speaker)
    if principal:  # "Jacques Chirac government", "the Harlow administration": its principal's
        return with_evidence(_party_of_name(article, resolver, principal), f"{speaker!r} is {principal}'s")
    if _office_of_someone(speaker, quote.speaker_surface or ""):
        return _office_of_title(quote.speaker_surface or speaker, speaker)
    if _bare_word(article, speaker):
        return _possessed(article, speaker) or \
            (None, f"{speaker!r} may be a person or a body: the article never shows which")
    if government_body(speaker):
        return _of_government_body(article, quote, speaker)
    if opposition := _opposition_title(quote, speaker):  # "an Eritrean opposition figure": never the government
        return opposition_party(article, opposition)
    if _FORMER.search(speaker):  # "a former Israeli general": as a person's former title, no party
        return None, f"{speaker!r} held an office they hold no more: whom they speak for now the article does not say"
    return _of_body(article, resolver, quote, speaker)


def _opposition_title(quote: Quote, speaker: str) -> str | None:
    """ "an Eritrean opposition figure", or the phrase that found a body ("the Syrian opposition
    coalition" for the coalition named before, whose name alone reads as Syria's)."""
    return next((title for title in (speaker, quote.speaker_surface or "") if _OPPOSITION.search(title)), None)


def _of_government_body(article: Article, quote: Quote, speaker: str) -> tuple[str | None, str | None]:
    """ "the Foreign Ministry (MOFA)", "a ministry spokesman in Tokyo", the ministry of the one
    country the article names it with."""
    return _by_alias(article, speaker) or officials_in(article, quote) or body_country(article, speaker)


def _of_body(article: Article, resolver: Resolver, quote: Quote, speaker: str) -> tuple[str | None, str | None]:
    """A body, a group or a label: its officials' country, its staff's employer, the body its
    head word stands for ("the Commission" after "the African Union Commission"), its own name."""
    return officials_in(article, quote) or staff_of_body(article, quote) or \
        _shortened_body(resolver, Title(speaker, "the speaker's name")) or owner_of_wing(article, speaker) or \
        _as_written(quote, _body_party(article, speaker, quote.start))


def _body_party(article: Article, speaker: str, at: int) -> tuple[str | None, str | None]:
    """A body by its name, else by the acronym the article gives it: "the Office for the
    Coordination of Humanitarian Affairs (OCHA)" is the UN's, though only "OCHA" is listed; a
    plural label by the countries listed with it ("the ministers of A, B and C")."""
    found = party_of_body(speaker)
    return found if found[0] else _by_alias(article, speaker) or listed_party(article, speaker, at) or \
        forum_of_diplomats(article, speaker, at) or found


def _by_alias(article: Article, speaker: str) -> tuple[str | None, str | None] | None:
    """ "the Ministry of Commerce (MOFCOM)": the short name the article gives a body may name
    its country where the long one does not."""
    for alias in aliases_of(article, speaker):
        found = actor_in(alias)
        if found:
            return found[0], f"{alias!r}, the article's short name for {speaker!r}, names {found[0]}"
    return None


def _as_written(quote: Quote, found: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
    """ "the Foreign Ministry said" after "the Japanese Foreign Ministry": the party is read from
    the fuller name the article gives the body, and the evidence says the mention names none."""
    surface = DETERMINER.sub("", quote.speaker_surface or "")
    if found[0] is None or not surface or surface == quote.speaker or actor_in(surface):
        return found
    return found[0], f"{found[1]}; the mention {quote.speaker_surface!r} names no actor: it is read as that body, " \
                     "named elsewhere in the article"


def _joint_party(article: Article, resolver: Resolver, members: tuple[str, ...]) -> tuple[str | None, str | None]:
    """ "X and Y said": their parties joined, in the article's order; a member that is a
    country or an organisation is its own party (the words before "Italy" in "Germany, France
    and Italy" are no title of it). A member whose party is unstated leaves the whole unstated:
    two of three names would file the third's words under the others."""
    parties = [(actor[0], f"the speaker's name {member!r} names {actor[0]}")
               if (actor := country_or_organisation(member)) else
               _party_of_name(article, resolver, member) for member in members]
    named = [party for party, _ in parties if party]
    if len(named) == len(parties):
        each = "; ".join(f"{member} for {party} ({why})" for member, (party, why) in zip(members, parties, strict=True))
        return joined(list(dict.fromkeys(named))), f"the members of a joint speaker: {each}"
    return None, f"the parties of {', '.join(members)} are not all stated"


def _one_body(members: tuple[str, ...]) -> bool:
    """ "AU Peace and Security Council" read as two speakers: one body's name, whose last part
    ends with a body's word and whose first opens with an actor but is no actor's name."""
    first, last = members[0], members[-1]
    return len(members) == 2 and last.split()[-1].lower() in words("org_words") and \
        country_or_organisation(first) is None and actor_in(first.split()[0]) is not None


def _bare_word(article: Article, speaker: str) -> bool:
    """ "Erdogan said": one capitalised word that no table knows, never written as a body
    ("the X", an acronym) nor given a title, is as likely a surname as a body's name; it is not
    made a party of its own."""
    if " " in speaker or not speaker[:1].isupper() or speaker.isupper() or actor_in(speaker) or \
            is_group(speaker) or is_outlet_name(speaker):  # "Xinhua quoted X": the outlet's reason
        return False
    if _WORD.fullmatch(speaker):
        return speaker not in _words_after_the(article)
    return re.search(rf"\b(?:the|The)\s+{re.escape(speaker)}\b", article.masked) is None


def _words_after_the(article: Article) -> set[str]:
    """Every word the article writes after "the" or "The", found once per article (a search of
    the whole text for each speaker made long articles quadratic)."""
    key = ("words after the",)
    if key not in article.memo:
        article.memo[key] = {match.group(1) for match in _AFTER_THE.finditer(article.masked)}
    return article.memo[key]


def _possessed(article: Article, speaker: str) -> tuple[str | None, str | None] | None:
    """ "Iran's Tavan said": a one-word name after an actor's possessive speaks for that actor,
    be it a person or a body of it (no other reading of "Iran's Tavan" is news usage)."""
    masked = article.masked
    for after in re.finditer(rf"['’]s\s+{re.escape(speaker)}\b", masked):  # the name first: fast
        owner = _OWNER_BEFORE.search(masked, max(0, after.start() - 60), after.start())
        words_ = owner.group(1).split() if owner else []
        for name in dict.fromkeys([" ".join(words_), *words_[-1:]]):  # "South Korea", "The EU" → "EU"
            found = country_or_organisation(name)
            if name and found:
                return found[0], f"the possessive before the name: {masked[after.start() - len(name):after.end()]!r}"
    return None


def _office_of_someone(speaker: str, surface: str) -> bool:
    """ "Benjamin Netanyahu office": the office of a person the article names nowhere else; "Greek
    Prime Minister Kyriakos X's spokesman", resolved to its owner "Kyriakos X": a person's staff,
    never a body by that name (it gave the party "Kyriakos X")."""
    words_ = speaker.replace("’", "'").replace("'s ", " ").split()
    if len(words_) > 1 and words_[-1].lower() in _OFFICES and words_[0][:1].isupper() and \
            actor_in(" ".join(words_[:-1])) is None:
        return True
    owned = re.search(re.escape(speaker) + r"['’]s?\s+[a-z]", surface) if len(words_) > 1 else None
    return owned is not None and all(w[:1].isupper() and w.lower() not in words("org_words") for w in words_) and \
        country_or_organisation(speaker) is None and actor_in(speaker) is None


def _office_of_title(surface: str, speaker: str) -> tuple[str | None, str | None]:
    """ "Israeli Prime Minister X's office": the actor of the title the mention gives its
    principal; no title, no party (the principal's name is no body)."""
    found = actor_of_title(surface)
    if found:
        return found[0], f"the title in the mention: {surface!r}"
    return None, f"the article does not say whom {speaker!r} speaks for"


def _a_person(article: Article, resolver: Resolver, speaker: str) -> bool:
    """A person's name: of a person mention, a titled one-word name, or the full name of two
    one-word names around a nickname ('Rolliansyah "Roy" Soemirat' was read as a body's name)."""
    return bool(resolver.people_named(speaker)) or _titled_one_word(article, resolver, speaker) or \
        speaker in nicknames(article, resolver.persons).values()


def _titled_one_word(article: Article, resolver: Resolver, speaker: str) -> bool:
    """ "said Tarin, Iran's top negotiator": a one-word name the article gives a title is a
    person, not a body called "Tarin"."""
    heads, titles = title_vocabulary() - words("org_words"), titles_of(article, resolver, speaker)
    titles = without_ties(titles)[0] if actor_in(speaker) else titles  # "A U.S. ally, Japan, said": Japan
    return " " not in speaker and any(DETERMINER.sub("", t).split()[-1].lower() in heads for t in titles)


def _principal(resolver: Resolver, speaker: str) -> str | None:
    """The person a body is named after ("X government", "X administration", "X's office"), or
    whose spokesperson speaks ("spokesman for X", ``aides``)."""
    staff = _STAFF_FOR.match(speaker)
    if staff:
        owner = resolver.full_name(staff.group(1))
        return owner if resolver.people_named(owner) else None
    words_ = speaker.replace("’", "'").replace("'s ", " ").split()
    if len(words_) < 2 or words_[-1].lower() not in _OFFICES:
        return None
    while len(words_) > 2 and words_[-2].islower():
        del words_[-2]  # "X media office", "X press office": the office's modifiers
    owner = resolver.full_name(" ".join(words_[:-1]))
    return owner if resolver.people_named(owner) else None


def _party_of_name(article: Article, resolver: Resolver, name: str,
                   depth: int = 0) -> tuple[str | None, str | None]:
    """A person speaks for the first actor their titles name, in reading order; a former office
    ("a former Peruvian diplomat") is no one's party now. A role phrase a quote was attributed to
    ("the Swedish foreign minister said") that the resolver took to mean this person is no title
    of theirs: it helped the foreign-dev development part and not its report part, and was
    deleted (docs/extraction.md, "Round 5: dev-only rules deleted")."""
    listed = actor_in(name)
    if listed and listed[1] == "organisation":  # "Nigeria's Boko Haram": the group, not where it fights
        return listed[0], f"the speaker's name {name!r} names {listed[0]}"
    written = titles_of(article, resolver, name)
    titles = [t for t in written if not _FORMER.search(t)]
    stated = _stated(article, resolver, name, titles, depth)
    settled = _settled_by_titles(article, resolver, name, written, stated)
    if settled:
        return settled
    if (own := party_of_name_after_country(name)) is not None:  # "Turkish Airlines", "Jordan Bardella"
        return own if own[0] else _or_listed(article, resolver, name, own, written)
    found = actor_in(name)  # a body taken for a person ("Foreign Ministry")
    if found:
        return found[0], f"the speaker's name {name!r} names {found[0]}"
    if stated and is_official(titles):
        country, why = office_country(article, resolver, name, titles)
        minister = f"{name} is a minister of {stated[0]!r}, and a minister speaks for a government: {why}"
        return (country, why) if country else _or_listed(article, resolver, name, (None, minister), written)
    if is_official(titles):
        return _or_listed(article, resolver, name, office_country(article, resolver, name, titles), written)
    if len(titles) < len(written):
        return None, f"{name} held the office they are titled with before; whom do they speak for now?"
    return _or_listed(article, resolver, name, (None, f"the article does not say whom {name} speaks for"),
                      written)


def _stated(article: Article, resolver: Resolver, name: str, titles: list[str],
            depth: int) -> tuple[str | None, str | None] | None:
    """What the text states of a person's party: the Security Council's presidency, their
    titles, a document they wrote, a body they lead, a mission they head."""
    return council_president(article, resolver, name) or _party_in_titles(article, resolver, titles, depth) or \
        document_authored(article, resolver, name) or body_led(article, resolver, name) or \
        mission_owner(article, resolver, name, titles) or owner_of_wing(article, name)


def _or_listed(article: Article, resolver: Resolver, name: str, found: tuple[str | None, str | None],
               titles: list[str]) -> tuple[str | None, str | None]:
    """The party the text gives, else the one the office-holder list gives (``holders``) to a
    person with these ``titles``, else the reason none is known."""
    if found[0]:
        return found
    return holder_party(article, resolver, name, titles) or found


def _settled_by_titles(article: Article, resolver: Resolver, name: str, written: list[str],
                       stated: tuple[str | None, str | None] | None) -> tuple[str | None, str | None] | None:
    """The party the titles settle: the one they state, unless it is the political party of a
    minister in office; where a title leaves its body unsure ("X, Dorn's spokesman," with Dorn
    never named in full), the office-holder list may still tell (never after an opposition
    title)."""
    if not stated:
        return None
    if stated[0] is None and not _OPPOSITION.search(stated[1] or ""):
        return _or_listed(article, resolver, name, stated, written)
    titles = [t for t in written if not _FORMER.search(t)]
    return None if _minister_of_a_party(titles, stated) else stated


def _minister_of_a_party(titles: list[str], stated: tuple[str | None, str | None]) -> bool:
    """ "Finance Minister X, who heads the Y party": in office, a minister speaks for the
    government, not for the political party they lead or belong to (the foreign-dev notes file
    a governing party's vice chancellor under her country), so the party is read from the
    office instead; with no country stated, it stays unknown."""
    party, evidence = stated
    said = {w.lower() for title in titles for w in title.split()}
    in_office = bool(said & _GOVERNING_OFFICES) and not said & {"shadow", "opposition"}  # "Shadow Foreign Minister"
    return in_office and party is not None and country_or_organisation(party) is None and \
        "party" in (evidence or "").lower()


def _party_in_titles(article: Article, resolver: Resolver, titles: list[str],
                     depth: int) -> tuple[str | None, str | None] | None:
    """The first title, in reading order, that names whom the person speaks for (a counterpart
    only by the side the title names); else "independent" if a title says they speak for
    themselves."""
    titles, unstated = without_ties(titles)
    independent = ""
    for title in map(partial(acronyms_spelled_out, article), titles):
        if is_counterpart(title):
            side = counterpart_side(title)
            if side:
                return side, evidence_of(title)
            continue
        found = actor_of_title(title)
        if speaks_for_self(title, body_first=found is None) and (found is None or found[1] == "country") \
                and not _OPPOSITION.search(title):
            independent = independent or f"{evidence_of(title)}, a role of someone speaking for themselves"
            continue
        stated = _party_in_title(article, resolver, title, found, depth)
        if stated and stated[0] is None and _OPPOSITION.search(title):
            unstated = unstated or stated  # "opposition lawmaker X of the Y party": the party is after
            continue
        if stated:
            return stated
    return (INDEPENDENT, independent) if independent else unstated


def _party_in_title(article: Article, resolver: Resolver, title: str, found: tuple[str, str] | None,
                    depth: int) -> tuple[str | None, str | None] | None:
    """The party one title states: an opposition, the actor it names, or a body or a
    person it names (whose party is then read)."""
    if mep_group(title):  # "a Green MEP": the group, never the country
        return mep_group(title)
    if _OPPOSITION.search(title):
        return with_evidence(opposition_party(article, title), evidence_of(title))
    if found and is_bare_secretary_general(title):
        return secretary_generals_body(article, title)
    own_name = body_named_after_country(title) if found else None
    if found and not own_name:
        return found[0], evidence_of(title)
    body = own_name or body_in_title(title) or body_after_title(title)
    if not body:
        return _shortened_body(resolver, title)
    named = _OWNED.search(title) or " " not in body or _untitled(body) != body
    return with_evidence(_body_or_principal(article, resolver, body, depth if named else 1), evidence_of(title))


def _shortened_body(resolver: Resolver, title: str) -> tuple[str | None, str | None] | None:
    """ "Commission spokesperson X": a body word alone before the role is the body the article
    named in full with it ("the European Commission"), when it named one only, and speaks for
    the international organisation that body's name gives (a national body, such as "Georgia's
    Parliament" for "Parliament Speaker", is left to the rules of offices)."""
    words_ = DETERMINER.sub("", title).split()
    while words_ and words_[-1].lower() in title_vocabulary():
        words_.pop()
    if len(words_) != 1 or not words_[0][:1].isupper() or words_[0].lower() not in words("org_words"):
        return None
    body = resolver.body_shortened_to(words_[0])
    found = actor_in(body) if body else None  # an organisation's organ only: a nation's is read by its office
    if found is None or found[1] != "organisation":
        return None
    return found[0], f"{evidence_of(title)}; the article names the {words_[0]} in full: {body!r}"


def _body_or_principal(article: Article, resolver: Resolver, body: str, depth: int) -> tuple[str | None, str | None]:
    """ "Dorn's spokesman", "Dorn spokesman X": a person the article names (by a possessive or
    a surname) speaks through their staff, who speak for that person's party; any other body
    goes by the fullest name the article gives it ("BFC" → "Baltic Fisheries Council")."""
    principal = resolver.full_name(_untitled(body))  # "Chancellor X" → X
    if depth == 0 and resolver.people_named(principal):
        return with_evidence(_party_of_name(article, resolver, principal, depth + 1),
                              f"speaks for {principal}, whose party is read so")
    if _bare_word(article, body):
        return None, f"{body!r} may be a person or a body: the article never shows which"
    full = resolver.org_name(body)
    full = spelled_out(article, body) or full if full == body else full
    if full != body:  # "DFA spokesperson": the body the article spells out speaks for its actor
        found = party_of_body(full)
        if found[0]:
            return found[0], f"names the body {body!r}, the article's short name for {full!r}; {found[1]}"
        return None, f"{body!r} is the article's short name for {full!r}; {found[1]}"  # whose department?
    if is_state_organ_name(full):  # "Border Guard spokeswoman X"
        return None, f"{full!r} is a government's body, and its name does not say which country's"
    return full, f"names the body {body!r}"


def _untitled(name: str) -> str:
    """ "President Karl Berg", "Mr Berg" → "Karl Berg", "Berg": the name without the title words
    and honorifics before it."""
    words_ = name.split()
    while len(words_) > 1 and (words_[0].lower() in title_vocabulary() or
                               words_[0].lower().rstrip(".") in words("honorifics")):  # "Mr Orsolya's negotiator"
        words_.pop(0)
    return " ".join(words_)
