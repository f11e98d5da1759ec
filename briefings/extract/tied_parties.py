"""The party of a quote whose speaker is withheld between rivals who all speak for one party.

"The minister said" after two ministers of one government, "the spokesman said" with the prime
minister the subject just before and the ministry named before him: who spoke is unsure, and
the speaker stays empty; whom the words speak for is not, when every rival speaks for the same
party. The quote gets that party, and its evidence names the rivals, so an analyst reviewing the
quote (drafts and proposals still put it under review, as it has no speaker) sees why.

Likewise a quote withheld whose own cue's subject names an actor by itself ("the Chinese
spokesman said", "Pakistani officials said", "a Kremlin aide said"): the person is unsure (the
phrase matched no one named, or the link was weak), the actor is stated by the very words that
say who spoke ("A Foreign Ministry spokeswoman in Beijing said": a government body placed in a
capital). The quote gets the party the phrase would get as a speaker of its own. A phrase
that names no actor ("the spokesman", "the minister") gives none, nor does a pronoun, a person's
name (only the guessed person carries its party), a document (its issuer is another question:
``documents``), or a mention found outside the quote's own sentence (a quote inherited by a
weak link may be someone else's).
"""

from __future__ import annotations

from dataclasses import replace

from briefings.extract.actors import actors_in
from briefings.extract.article import Article
from briefings.extract.heads import SPOKESPERSON, as_written
from briefings.extract.labels import government_body, officials_in
from briefings.extract.lexicon import union, words
from briefings.extract.mention import Mention
from briefings.extract.party import party_of
from briefings.extract.resolve import Resolver
from briefings.extract.spans import Quote


def assign_tied_parties(article: Article, resolver: Resolver, quotes: list[Quote]) -> None:
    """Give each quote withheld between rivals the party they all speak for, if they do."""
    for quote in quotes:
        if quote.speaker is not None or quote.speaker_start is None:
            continue
        rivals = resolver.rivals.get(quote.speaker_start)
        if not rivals:
            continue
        parties = {party_of(article, resolver, replace(quote, speaker=rival, joint=()))[0] for rival in rivals}
        if len(parties) == 1 and None not in parties:
            party = parties.pop()
            quote.party, quote.party_reason = party, None
            quote.party_evidence = f"the speaker may be {' or '.join(rivals)}; each speaks for {party}"


#: Routes that find the speaker in the quote's own sentence (``reading``), not before it.
_OWN_SENTENCE = frozenset({"cue", "passive agent", "colon", "verbless tag", "relative"})


def assign_label_parties(article: Article, resolver: Resolver, quotes: list[Quote]) -> None:
    """Give each quote withheld whose own cue's subject names an actor the party that phrase
    states ("the Chinese spokesman said": China); the evidence says the speaker is unsure."""
    for quote in quotes:
        if quote.speaker is not None or quote.party or quote.speaker_start is None or \
                quote.evidence.split(":")[0] not in _OWN_SENTENCE:
            continue
        mention = _mention_at(article, quote.speaker_start)
        if mention is None or not _states_an_actor(article, mention):
            continue
        label = as_written(mention)
        party, why = party_of(article, resolver, replace(quote, speaker=label, joint=()))
        if party:
            quote.party, quote.party_reason = party, None
            quote.party_evidence = f"{why}; the speaker is unsure, the phrase {mention.surface!r} " \
                                   "names whom it speaks for"


def _an_office(head: str) -> bool:
    """ "spokesman", "officials", "counterpart", "side", "ministry", "refugee": a head noun that
    holds an office or names a government's body, so the actor before it is whom it speaks for
    (or a role of someone speaking for themselves, which the phrase's reading files as such); a
    critic's or a conglomerate's actor says whom they criticise or where they are."""
    singular = head.removesuffix("s").replace("men", "man")
    offices = union("government_titles", "government_bodies", "role_nouns", "independent_roles")
    return head in offices or singular in offices or head == "side"


def _mention_at(article: Article, start: int) -> Mention | None:
    return next((m for m in article.mentions_between(start, start + 1_000) if m.start == start), None)


def _states_an_actor(article: Article, mention: Mention) -> bool:
    """A role or body phrase (no pronoun, no person's name, no document) naming an actor, or a
    government body placed in a capital ("A Foreign Ministry spokeswoman in Beijing")."""
    head = mention.titles[-1] if mention.titles else ""
    if mention.kind not in ("role", "org") or head in words("documents") - SPOKESPERSON:
        return False
    label = as_written(mention)
    if mention.kind == "role" and not _an_office(head):
        return False  # "the Kremlin critic", "the Indian ports-to-power conglomerate"
    return bool(actors_in(label)) or government_body(label) and \
        officials_in(article, Quote("", mention.start, mention.end, speaker=label, speaker_end=mention.end)) is not None
