"""How a role phrase speaks for a body: an issuer after the document ("a statement from X":
``stated_issuer``), the issuer the text states where it brought the document in ("the council
adopted a resolution … the resolution calls for": ``document_issuer``, from ``documents``),
whoever spoke of a statement just before (``statement_giver``), a
spokesperson's body (``spokesperson_body``) and a body word ("the agency", "a watchdog group":
``body_named``; a body new to the reader is the one the next sentences name, ``named_after``).
``Resolver.role`` decides which applies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from briefings.extract.actors import country_or_organisation
from briefings.extract.aides import spokesperson_for
from briefings.extract.document_voice import voice_stands
from briefings.extract.documents import Introduction, chain, country_named, document_head, introductions
from briefings.extract.heads import SPOKESPERSON, as_written, is_body, named_body, said_in
from briefings.extract.joint import coordinated
from briefings.extract.lexicon import union, words
from briefings.extract.mention import Mention
from briefings.extract.relay import is_news_outlet
from briefings.extract.shape import is_demonym

if TYPE_CHECKING:
    from briefings.extract.resolve import Resolver

# patterns compiled once (pysbd fills the re module cache with its own)
# "a statement from the X", "The report, published by the X,": what leads to a document's issuer
_ISSUER_LINK = re.compile(r"(?:,?\s+(?:published|issued|released|written|commissioned))?"
                          r"\s+(?:from|by|of|for|at)\s+((?:the\s+)?)")
_WORD = re.compile(r"[\w-]+")
_BODY_OWNS = re.compile(r"[Tt]he ([a-z]+)['’]s [a-z]+(?: [a-z]+)?$")  # "the embassy's statement"
_DEPARTMENTS = frozenset({"ministry", "department", "embassy", "office"})  # heads of one kind of body only
_MINISTRIES = frozenset({"ministry", "department", "pentagon"})  # one kind: a government's department
_STATEMENT_REACH = 4  # sentences back to the attribution a "the statement" refers to
_TITLE_WORDS = union("role_nouns", "title_words", "title_modifiers")  # "a Senior Spokesperson": no body


def stated_issuer(resolver: Resolver, mention: Mention, quote_pos: int) -> str | None:
    """'a statement from the Justice Ministry': the ministry speaks through it."""
    after = resolver.article.masked[mention.end:mention.end + 80]
    source = _ISSUER_LINK.match(after)
    if not source:
        return None
    starts = (mention.end + source.end(), mention.end + source.start(1))  # "the Kremlin", "the presidency"
    for named in resolver.article.mentions_between(starts[1], mention.end + 80):
        if named.start in starts and (named.kind in ("org", "person", "name1") or is_body(named)):
            resolver.sure_issuers.add(mention.start)
            return resolver.canonical(named, quote_pos)
    return None


def document_issuer(resolver: Resolver, mention: Mention, quote_pos: int) -> str | None:
    """ "the resolution also calls for": the issuer stated where the article brought the
    document in, sure, with the words that state it (``Resolver.issued``). Two different
    issuers along the document's mentions, or a news outlet (it relays, it never speaks), give
    "" and the reason (``Resolver.withheld``); None where no issuer is stated."""
    stated = _stated(resolver, mention)
    if isinstance(stated, str):
        resolver.sure_issuers.add(mention.start)
        return stated
    names: dict[str, str] = {}
    for introduction in stated:
        if is_news_outlet(introduction.issuer):
            resolver.withheld[mention.start] = (f"no speaker: {mention.surface!r} is a news outlet's "
                                                f"({introduction.how!r}); an outlet relays, it is no speaker")
            return ""
        name = introduction.label or resolver.canonical(introduction.issuer, quote_pos)
        if name and not (introduction.weak and name.islower()):  # "the assembly 'reaffirms'": a body no name
            names.setdefault(_one_body(name, names), introduction.how)
    if len(names) > 1:
        both = " and ".join(f"{name!r} ({how!r})" for name, how in names.items())
        resolver.withheld[mention.start] = f"no speaker: two bodies could have issued {mention.surface!r}: {both}"
        return ""
    if not names:
        return None
    name, how = next(iter(names.items()))
    resolver.sure_issuers.add(mention.start)
    resolver.issued[mention.start] = f"{mention.surface!r} issued by {name!r}: {how!r}"
    return name


def _one_body(name: str, names: dict[str, str]) -> str:
    """ "EU" where "European Union" is already named, or the reverse: one body, by the full
    name the table gives it, not two issuers ("The EU statement" after "a statement by the
    European Union"). Two bodies of one organisation ("Security Council", "General Assembly",
    both the UN's) stay two: neither is the other's full name."""
    for other in list(names):
        if _full_name(name) == other:
            return other
        if _full_name(other) == name:
            names[name] = names.pop(other)
            return name
    return name


def _full_name(name: str) -> str:
    actor = country_or_organisation(name)
    return actor[0] if actor else name


def _stated(resolver: Resolver, mention: Mention) -> list[Introduction] | str:
    """What the article states of the document's issuer along its mentions. Its own words
    ("The Council condemns", ``Introduction.weak``) count only where nothing else does, and
    after a sentence that says who spoke in it ("X said in a joint communique"): that name."""
    if resolver.introductions is None:
        resolver.introductions = introductions(resolver.article)
    stated = [resolver.introductions[m.start] for m in chain(resolver.article, mention)
              if m.start in resolver.introductions]
    if stated and all(introduction.weak for introduction in stated):
        giver = _said_in_it(resolver, mention)
        if giver:
            return giver
        documents = chain(resolver.article, mention)
        stated = [own for own in stated if voice_stands(resolver.article, documents, own.issuer)]
    return _firm(stated) or stated[:1]


def _firm(stated: list[Introduction]) -> list[Introduction]:
    """The issuers a sentence states; an opening clause ("In the resolution, Y said") only where
    no other does ("X adopted a resolution" wins)."""
    firm = [introduction for introduction in stated if not introduction.weak]
    if any(not introduction.opening for introduction in firm):
        return [introduction for introduction in firm if not introduction.opening]
    return firm


def _said_in_it(resolver: Resolver, mention: Mention) -> str | None:
    """ "ASEAN ministers said in a joint communique ... 'ASEAN reaffirms ...,' the communique
    added": whoever a sentence says spoke in the document, at any of its mentions."""
    head = document_head(mention) or ""
    for earlier in chain(resolver.article, mention):
        given = _giver(resolver, earlier, head)
        if given and given[1]:
            return given[0]
    return None


def document_as_written(resolver: Resolver, mention: Mention) -> str | None:
    """A document no sentence gives an issuer, as written ("the Amnesty report"); not one named
    by a country ("the latest Iran report", "the Russia statement"): the country is what it is
    about, its author another (an agency, a ministry abroad), so no one, and the reason says so.
    A seat of government names its author ("the Kremlin statement", "the Zhongnanhai statement")."""
    written = as_written(mention)
    country = next((w for w in _WORD.findall(written or "") if w[:1].isupper() and not is_demonym(w)
                    and country_named(w)), None)
    if country is None:
        return written
    resolver.withheld[mention.start] = (f"no speaker: {mention.surface!r} is named by {country!r}, "
                                        "what it is about, and no sentence says who issued it")
    return None


def statement_giver(resolver: Resolver, mention: Mention, head: str) -> str | None:
    """ "the statement added": whoever spoke of a statement a few sentences before; sure
    (``sure_issuers``) only where a verb of saying leads to it ("X and Y said in a joint
    statement"), not where a sentence only talks of one ("adoption of the statement"). A body
    the phrase owns speaks first (``_owning_body``), sure, as the text states it."""
    owner = _owning_body(resolver, mention)
    if owner:
        return owner
    given = _giver(resolver, mention, head)
    if given is None:
        return None
    if given[1]:
        resolver.sure_issuers.add(mention.start)
    return given[0]


def _owning_body(resolver: Resolver, mention: Mention) -> str | None:
    """ "The Chinese embassy said … ¶ '…,' the embassy's statement said": a document owned by a
    body's role phrase is that body's, as "the embassy said" would be (``body_named``); it went
    to whoever spoke of a statement before (the ministry that protested, unsure at 0.14) or to
    no one. Only "the <body>'s <document>"; the owner's words are read where the phrase opens."""
    owned = _BODY_OWNS.match(mention.surface)
    if owned is None or owned.group(1).lower() not in words("org_words"):
        return None
    body = owned.group(1).lower()
    owner = Mention(mention.start, mention.start + owned.end(1), owned.group(0)[:owned.end(1)], "role",
                    titles=[body], subject_like=True)
    named = body_named(resolver, owner, body)
    if named and named.lower() != body:
        resolver.sure_issuers.add(mention.start)  # the text states the issuer, as "a statement from X"
        return named
    return None


def _giver(resolver: Resolver, mention: Mention, head: str) -> tuple[str, bool] | None:
    """The speaker of the latest sentence within reach that speaks of a ``head``, and whether
    it says they spoke in it."""
    if mention.surface.split()[0].lower() != "the":
        return None
    index = resolver.article.sentence_index(mention.start)
    for position, name, _ in reversed(resolver.speakers):
        earlier = resolver.article.sentence_index(position)
        if earlier >= index:
            continue
        if index - earlier > _STATEMENT_REACH:
            return None
        sentence = resolver.article.sentences[earlier]
        said = resolver.article.masked[sentence.start:sentence.end].lower()
        if head in said:
            return None if _adopted_in(head, said) else (name, said_in(head, said))
    return None


def _adopted_in(head: str, said: str) -> bool:
    """ "Western diplomats said the Assembly had acted, adopting a resolution": a sentence that
    has someone adopt the document talks about it; its speaker did not issue it."""
    return re.search(r"\b(?:adopt\w*|pass(?:ed|ing)|approv\w*)\s+(?:a|an|the|its)\s+(?:[\w-]+\s+){0,2}" + head,
                     said) is not None


def spokesperson_body(resolver: Resolver, mention: Mention) -> str | None:
    """'a spokeswoman for the agency' → the agency; 'the spokesman' → the body just named; 'a
    spokesman for Prime Minister X' → 'spokesman for X' (``aides``)."""
    aide = spokesperson_for(resolver, mention)
    if aide:
        return aide
    issuer = stated_issuer(resolver, mention, mention.start)
    if issuer:
        return issuer
    own = _body_before_role(mention)
    if own:  # "A Commission spokesperson said": that body's, never the one named last
        return resolver.body_shortened_to(own) or as_written(mention)
    index = resolver.article.sentence_index(mention.start)
    window_start = resolver.article.sentences[max(0, index - 2)].start
    return _spokesperson_before(resolver, mention, resolver.article.mentions_between(window_start, mention.start))


def _spokesperson_before(resolver: Resolver, mention: Mention, window: list[Mention]) -> str | None:
    """ "the spokesperson" with no body of its own, from the two sentences before it: the one
    whose words a spokesperson mention there gave, else the body named last (no news outlet),
    unless a person was a subject after it (then either may be meant: no one, and both are the
    rivals)."""
    for other in reversed(window):  # "a spokesperson for the Office said the government was …
        if other.kind == "role" and other.titles and other.titles[-1] in SPOKESPERSON:  # '…,' the
            if aide := spokesperson_for(resolver, other):
                return aide
            earlier = stated_issuer(resolver, other, other.start)  # spokesperson said": the Office
            if earlier:
                return earlier
    return _body_named_last(resolver, mention, window)


def _body_named_last(resolver: Resolver, mention: Mention, window: list[Mention]) -> str | None:
    spoke = None  # "X told a press conference ... The top government spokesman said": X's, or the body's?
    kind = next((w for w in mention.surface.lower().split() if w in _DEPARTMENTS), None)
    for other in reversed(window):
        if other.kind == "org" and (is_news_outlet(other) or kind and _other_kind(other.name, kind)):
            continue  # "KCNA quoted a spokesperson for ... as saying": the agency relays, it has no spokesperson;
            # "a department spokesperson" after "the State Department ... the Taiwan Relations Act": the department's
        if other.kind == "org" and spoke:
            resolver.withheld[mention.start] = f"no speaker: {mention.surface!r} may be {spoke} or {other.name}"
            resolver.rivals[mention.start] = (spoke, other.name)
            return None
        if other.kind == "org":
            return other.name
        spoke = spoke or _subject_who_spoke(resolver, other)
    return None if spoke and not _is_country(spoke) else as_written(mention)


def _subject_who_spoke(resolver: Resolver, other: Mention) -> str | None:
    """A person, or a country by its name or capital ("Beijing was quick to respond."), that is
    a subject between a spokesperson and the body named before it: the spokesperson may be theirs."""
    if other.kind == "person" and other.subject_like:
        return resolver.full_name(other.name)
    if other.kind == "name1" and other.subject_like and _is_country(other.name):
        return other.name
    return None


def _body_before_role(mention: Mention) -> str | None:
    """ "A Commission spokesperson", "a Pentagon spokesman": the capitalised words between the
    determiner and the role noun that are no nationality nor title ("A Russian spokesman",
    "a Senior Spokesperson" name no body)."""
    inner = mention.surface.split()[1:-1]
    named = [w for w in inner if w[:1].isupper() and not is_demonym(w) and w.lower() not in _TITLE_WORDS]
    return " ".join(named) if named and len(named) == len(inner) else None


def body_named(resolver: Resolver, mention: Mention, head: str) -> str | None:
    """'The agency said': the organisation of that kind named before, else the one just
    named, else the phrase itself; "a watchdog group" (new to the reader) the one the next
    sentences name."""
    if named_body(mention):
        return as_written(mention)  # "the Clinton administration": the body its name says
    if mention.surface.split()[0].lower() in ("a", "an"):  # a body new to the reader
        return named_after(resolver, mention) or as_written(mention)
    earlier = [m for m in resolver.article.mentions_before(mention.start, 400) if m.kind == "org"]
    for other in reversed(earlier):
        if head in other.name.lower():
            return resolver.org_name(other.name)
    return _speaker_of_that_kind(resolver, mention, head) or _body_just_named(resolver, mention, earlier, head)


def _described(mention: Mention) -> bool:
    """ "the Israeli rights group", "the Lebanese armed group": a country's word before
    lower-case words describes a body already named (``heads.named_body`` names none by it)."""
    words_ = mention.surface.split()[1:]
    found = country_or_organisation(words_[0]) if len(words_) >= 3 else None
    return found is not None and found[1] == "country" and all(w.islower() for w in words_[1:])


def _body_just_named(resolver: Resolver, mention: Mention, earlier: list[Mention], head: str) -> str | None:
    """The body named in this sentence or the one before, as a subject if one is (not
    "policies by Y"), of no other kind than ``head`` says, by the fullest name the article
    gives it (an acronym the article spells out is that body, not one a table knows by the
    same letters); else the phrase as written. A body that shares its verb with another ("Hamas
    and Islamic Jihad rejected the plan") gives no one: "the group" may be either. A phrase
    that describes the body by its country ("the Israeli rights group") is only a subject's:
    "settler violence in the West Bank" names a place, no group."""
    index = resolver.article.sentence_index(mention.start)
    window_start = resolver.article.sentences[max(0, index - 1)].start
    recent = [m for m in earlier if m.start >= window_start and not _other_kind(resolver.org_name(m.name), head)]
    acting = [m for m in recent if m.subject_like and not m.after_preposition]
    described = _described(mention)
    if described:
        recent = acting = [m for m in acting if _own_voice(resolver.org_name(m.name))]
    if recent:
        chosen = (acting or recent)[-1]
        return None if coordinated(resolver.article, chosen) else resolver.org_name(chosen.name)
    return _one_word_or_none(resolver, mention, window_start, head, described)


def _one_word_or_none(resolver: Resolver, mention: Mention, window_start: int, head: str,
                      described: bool) -> str | None:
    """A one-word body (``_one_word_body``) that a description may stand for, else ``_unnamed``."""
    found = _one_word_body(resolver, mention, window_start, head)
    return found if found and (not described or _own_voice(found)) else _unnamed(mention, head)


def _own_voice(name: str) -> bool:
    """ "Hezbollah", "B'Tselem": a body that speaks for itself, which a description by a
    country's word may stand for; "UNIFIL" speaks for the UN, never "the Lebanese armed group"."""
    found = country_or_organisation(name)
    return found is None or found[0] == name


def _unnamed(mention: Mention, head: str) -> str | None:
    """ "the group said" where no body was named: no one, rather than the word."""
    return None if head in words("generic_bodies") else as_written(mention)


def _one_word_body(resolver: Resolver, mention: Mention, window_start: int, head: str) -> str | None:
    """ "Hamas said in a statement ... . "...," the group said": a body written as one word that
    is no one's name, the subject of this sentence or the one before. Not for a ministry or an
    embassy, which a one-word name (a country, a capital) holds rather than is."""
    if head in _DEPARTMENTS:
        return None
    for other in reversed(resolver.article.mentions_between(window_start, mention.start)):
        if other.kind == "name1" and other.subject_like and not other.after_preposition and \
                not other.possessive and not resolver.is_person_name(other) and \
                not is_news_outlet(other) and not _is_country(other.name):
            return None if coordinated(resolver.article, other) else other.name
    return None


def _is_country(name: str) -> bool:
    """A country or its capital ("Israel", "Moscow"): a government, never "the group"."""
    actor = country_or_organisation(name)
    return actor is not None and actor[1] == "country"


def _speaker_of_that_kind(resolver: Resolver, mention: Mention, head: str) -> str | None:
    """ "The foreign ministry of Niger said ... . "...," the ministry said": the speaker of an
    earlier quote found by a phrase with the same head noun."""
    for position, name, surface in reversed(resolver.speakers):
        if position < mention.start and head in surface.lower().split():
            return name
    return None


def _other_kind(name: str, head: str) -> bool:
    """ "African Union" or "Joint Chiefs of Staff (JCS)" for "the ministry": a government
    department is only a body whose fullest name holds its head noun (not a ministry's
    statement to the union it complains to, nor the military's just before). Generic heads
    ("the agency", "the group") may stand for any body. A ministry and a department are one
    kind ("a ministry spokeswoman" after "the Department of Foreign Affairs"), and the Pentagon
    is one ("a department spokesman" after "The Pentagon said")."""
    said = set(name.lower().split())
    return head in _DEPARTMENTS and head not in said and not (head in _MINISTRIES and said & _MINISTRIES)


def named_after(resolver: Resolver, mention: Mention) -> str | None:
    """ "A watchdog group accused ... . In its report, Harbour Watch said": a lead that
    brings a body in unnamed names it as a subject in one of the next two sentences."""
    index = resolver.article.sentence_index(mention.start)
    for sentence in resolver.article.sentences[index + 1:index + 3]:
        for other in resolver.article.mentions_between(sentence.start, sentence.end):
            if other.kind == "org" and other.subject_like and not other.possessive:
                return resolver.org_name(other.name)
    return None
