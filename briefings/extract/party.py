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
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in
from briefings.extract.article import Article
from briefings.extract.lexicon import union, words
from briefings.extract.mentions import Mention
from briefings.extract.office import is_official, office_country, title_vocabulary, title_words_before
from briefings.extract.resolve import Resolver
from briefings.extract.spans import Quote

INDEPENDENT = "independent"
_COMMA_TITLE = re.compile(r"(?:^|[.;:\"“”\n]|,)\s*([^.;:\"“”\n,]+),\s*$")
_APPOSITION = re.compile(r",\s+((?:the|a|an|then|now|former)\s[^,;:()]+?|[A-Z][\w'’.]+['’]s\s[^,;:()]+?)"
                         r"\s*(?:,|;|\.?\n|\.?$)")
_AFFILIATION = re.compile(r",\s+((?:(?:the|a|an)\s+)?(?:[\w'’.-]+\s+){0,3}?([\w'’-]+)\s+(?:at|with)\s+(?:the\s+)?"
                          r"([A-Z][\w'’&.-]*(?:\s+(?:of|for|and|on|[A-Z][\w'’&.-]*))*))\s*(?:,|;|\.?\n|\.?$)")
_AUTHOR_OF = re.compile(r",\s+(?:(?:one|two|some|an?) of\s+)?(?:the|its)\s+(?:(\w+)['’]s\s+[\w\s-]{0,40}?"
                        r"|[\w\s-]{0,40}?\bof\s+the\s+(\w+))\s*[,.;]")
_OFFICES = {"government", "administration", "cabinet", "office", "camp", "team"}


def assign_parties(article: Article, resolver: Resolver, quotes: list[Quote]) -> None:
    """Fill ``party`` and ``party_reason`` of every quote (one party per speaker)."""
    known: dict[str, tuple[str | None, str | None]] = {}
    for quote in quotes:
        if quote.speaker is None:
            quote.party, quote.party_reason = None, "no speaker"
            continue
        if quote.speaker not in known:
            known[quote.speaker] = _party(article, resolver, quote)
        quote.party, quote.party_reason = known[quote.speaker]


def _party(article: Article, resolver: Resolver, quote: Quote) -> tuple[str | None, str | None]:
    speaker = quote.speaker or ""
    if quote.joint:
        parties = [_party_of_name(article, resolver, member) for member in quote.joint]
        names = list(dict.fromkeys(p for p, _ in parties if p))
        if len(names) == len(parties) or (names and len(names) > 1):
            return _joined(names), None
        return None, f"the parties of {', '.join(quote.joint)} are not all stated"
    if resolver.people_named(speaker):
        return _party_of_name(article, resolver, speaker)
    principal = _principal(resolver, speaker)
    if principal:  # "Jacques Chirac government", "the Harlow administration": its principal's
        return _party_of_name(article, resolver, principal)
    return _party_of_body(speaker)


def _principal(resolver: Resolver, speaker: str) -> str | None:
    """The person a body is named after ("X government", "X administration", "X's office")."""
    words_ = speaker.replace("’", "'").replace("'s ", " ").split()
    if len(words_) < 2 or words_[-1].lower() not in _OFFICES:
        return None
    owner = resolver.full_name(" ".join(words_[:-1]))
    return owner if resolver.people_named(owner) else None


def _party_of_body(speaker: str) -> tuple[str | None, str | None]:
    """A body, a group ("Pakistani officials") or a seat of government speaks for the actor its
    name holds, else for itself. An analyst or an expert speaks for themselves, whatever their
    nationality ("a Dutch analyst")."""
    if _speaks_for_self(speaker):
        return INDEPENDENT, None
    found = actor_in(speaker)
    if found:
        return found[0], None
    if _group_head(speaker):
        return None, f"{speaker!r} does not say whom they speak for"
    if speaker[:1].isupper():
        return speaker, None  # another organisation, by the name the article gives it
    return None, f"{speaker!r} is not a named body"


def _document_authored(article: Article, resolver: Resolver, name: str) -> tuple[str | None, str | None] | None:
    """ "X, one of the report's lead researchers," / "X, the lead author of the study,": an
    author speaks for whoever issued the document: the first body named in the first sentence
    that speaks of it and names one ("In a report issued on Monday, the Y Institute said ...")."""
    for person in resolver.people_named(name):
        after = article.masked[person.end:person.end + 120]
        match = _AUTHOR_OF.match(after)
        document = match and (match.group(1) or match.group(2)).lower()
        if document and document in words("documents") - {"spokesperson", "spokesman", "spokeswoman"}:
            issuer = _issuer_of(article, resolver, document, person.start)
            return _party_of_body(issuer) if issuer else None
    return None


def _issuer_of(article: Article, resolver: Resolver, document: str, before: int) -> str | None:
    pattern = re.compile(rf"\b{re.escape(document)}\b", re.IGNORECASE)
    for sentence in article.sentences:
        if sentence.start >= before:
            return None
        if pattern.search(article.masked, sentence.start, sentence.end):
            bodies = [m for m in article.mentions_between(sentence.start, sentence.end) if m.kind == "org"]
            if bodies:
                return resolver.org_name(bodies[0].name)
    return None


def _group_head(speaker: str) -> bool:
    last = speaker.split()[-1].lower() if speaker.split() else ""
    return last in union("role_nouns", "independent_roles") or speaker[:1].islower()


def _party_of_name(article: Article, resolver: Resolver, name: str) -> tuple[str | None, str | None]:
    """A person speaks for the first actor their titles name, in reading order."""
    independent = False
    titles = titles_of(article, resolver, name)
    for title in titles:
        found = actor_in(title)
        if _speaks_for_self(title) and (found is None or found[1] == "country"):
            independent = True
            continue
        if found:
            return found[0], None
        body = _body_in_title(title)
        if body:
            return body, None
    if independent:
        return INDEPENDENT, None
    author_of = _document_authored(article, resolver, name)
    if author_of:
        return author_of
    found = actor_in(name)  # a body taken for a person ("Foreign Ministry")
    if found:
        return found[0], None
    if is_official(titles):
        return office_country(article, resolver, name, titles)
    return None, f"the article does not say whom {name} speaks for"


def _body_in_title(title: str) -> str | None:
    """ "Hamas spokesman", "Amnesty International researcher": capitalised words before the
    role noun that are no title name the body the person speaks for."""
    words_ = title.split()
    while words_ and words_[-1].lower() in title_vocabulary():
        words_.pop()
    if not words_ or len(words_) == len(title.split()):
        return None
    body = " ".join(words_).removesuffix("'s").removesuffix("’s")
    if not all(w[:1].isupper() for w in words_) or body.lower() in ("the", "a") or _nationality_shaped(body):
        return None
    return body


def _nationality_shaped(body: str) -> bool:
    """ "Ruritanian" in "Ruritanian Foreign Minister": an adjective of a country the tables do
    not know names a government, not a body called "Ruritanian"; the party stays unstated."""
    return " " not in body and bool(re.fullmatch(r"[A-Z][a-z]+(?:ian|ean|ese|ish)", body))


def _speaks_for_self(title: str) -> bool:
    lowered = title.lower().split()
    return bool(lowered) and (lowered[-1] in words("independent_roles") or
                              " ".join(lowered[-2:]) in words("independent_roles"))


def titles_of(article: Article, resolver: Resolver, name: str) -> list[str]:
    """The titles and appositions the article gives the person ``name``, in reading order."""
    titles = []
    for person in resolver.people_named(name):
        before = title_before(article, person)
        if before:
            titles.append(before)
        if person.role and person.role not in before:
            titles.append(person.role)
        titles.append(apposition_after(article, person))
    return [t for t in titles if t]


def apposition_after(article: Article, person: Mention) -> str:
    """The apposition after a name up to its closing comma ("X, the U.S. ambassador to the UN,"),
    or a title with its workplace and no article ("X, Americas director at Amnesty
    International."), given as "Amnesty International director"."""
    end = min(len(article.masked), person.end + 120)
    match = _APPOSITION.match(article.masked, person.end, end)
    affiliation = _AFFILIATION.match(article.masked, person.end, end)
    if affiliation and affiliation.group(2).lower() in title_vocabulary():
        return f"{affiliation.group(3).rstrip('.')} {affiliation.group(2)}"
    return match.group(1) if match else ""


def title_before(article: Article, person: Mention) -> str:
    """The title words written just before a name, on its line: "Chinese Foreign Ministry
    spokeswoman X", or set off by a comma: "Pakistan's foreign minister, X," ."""
    return title_words_before(article.masked, person.start)[0] or _title_before_comma(article, person)


def _title_before_comma(article: Article, person: Mention) -> str:
    """ "the French Foreign Minister, Mr X," : the phrase before the comma, if a title ends it."""
    before = article.masked[max(0, person.start - 160):person.start]
    match = _COMMA_TITLE.search(before)
    if match is None:
        return ""
    phrase = match.group(1).split()[-12:]
    head = _without_portfolio(phrase)
    return " ".join(phrase) if head and head[-1].lower() in title_vocabulary() else ""


def _without_portfolio(phrase: list[str]) -> list[str]:
    """ "EU Special Envoy for the Belgrade-Pristina dialogue" → "EU Special Envoy": a title's
    portfolio after "for" or "of" is cut before the title's last word is read."""
    for k, word in enumerate(phrase):
        if word in ("for", "of") and k and phrase[k - 1].lower() in title_vocabulary():
            return phrase[:k]
    return phrase


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
