"""The body the text ties a person to by its grammar, not by a title: the document they wrote,
the body "led by" them.

"X, one of the report's lead researchers," speaks for whoever issued the report; "the Iranian
delegation, led by X" for the body X leads. Moved out of ``party`` (which reads titles) to keep
it under the size limit; ``with_evidence`` joins the words that led to a body to its reading.
"""

from __future__ import annotations

import re

from briefings.extract.actors import actor_in
from briefings.extract.article import Article
from briefings.extract.labels import party_of_body
from briefings.extract.lexicon import words
from briefings.extract.resolve import Resolver
from briefings.extract.title_bodies import body_in_title

_AUTHOR_OF = re.compile(r",\s+(?:(?:one|two|some|an?) of\s+)?(?:the|its)\s+(?:(\w+)['’]s\s+[\w\s-]{0,40}?"
                        r"|[\w\s-]{0,40}?\bof\s+the\s+(\w+))\s*[,.;]")
_LED_BY = re.compile(r"((?:[\w'’.-]+\s+){0,3}[\w'’.-]+),?\s+(?:led|headed|chaired)\s+by\s+\Z")


def document_authored(article: Article, resolver: Resolver, name: str) -> tuple[str | None, str | None] | None:
    """ "X, one of the report's lead researchers," / "X, the lead author of the study,": an
    author speaks for whoever issued the document: the first body named in the first sentence
    that speaks of it and names one ("In a report issued on Monday, the Y Institute said ...")."""
    for person in resolver.people_named(name):
        after = article.masked[person.end:person.end + 120]
        match = _AUTHOR_OF.match(after)
        document = match and (match.group(1) or match.group(2)).lower()
        if match and document and document in words("documents") - {"spokesperson", "spokesman", "spokeswoman"}:
            issuer = _issuer_of(article, resolver, document, person.start)
            authored = f"an author of the {document} {issuer!r} issued: {match.group(0).strip(' ,.;')!r}"
            return with_evidence(party_of_body(issuer), authored) if issuer else None
    return None


def body_led(article: Article, resolver: Resolver, name: str) -> tuple[str | None, str | None] | None:
    """ "the Iranian delegation, led by X", "the Harbour Council, chaired by X": a leader speaks
    for the body they lead, named or with its actor. A body named only by a common noun ("the
    body led by X") gives none: reading it as the organisation named last before helped the
    foreign-dev development part and not its report part, and was deleted (docs/extraction.md,
    "Round 5: dev-only rules deleted")."""
    for person in resolver.people_named(name):
        match = _LED_BY.search(article.masked, max(0, person.start - 80), person.start)
        if match is None:
            continue
        phrase = re.split(r"(?<=[a-z])[.!?]\s+", match.group(1))[-1]  # within its sentence
        led = f"the body the text says they lead: {(phrase + match.group(0)[len(match.group(1)):]).strip()!r}"
        if actor_in(phrase) or body_in_title(f"{phrase} head"):
            return with_evidence(party_of_body(body_in_title(f"{phrase} head") or phrase), led)
    return None


def with_evidence(found: tuple[str | None, str | None], evidence: str) -> tuple[str | None, str | None]:
    """A party found by reading a body, with the words that led to the body before its own."""
    party, why = found
    return (party, f"{evidence}; {why}") if party else found


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
