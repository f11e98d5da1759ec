"""The party of a quote whose speaker is withheld between rivals who all speak for one party.

"The minister said" after two ministers of one government, "the spokesman said" with the prime
minister the subject just before and the ministry named before him: who spoke is unsure, and
the speaker stays empty; whom the words speak for is not, when every rival speaks for the same
party. The quote gets that party, and its evidence names the rivals, so an analyst reviewing the
quote (drafts and proposals still put it under review, as it has no speaker) sees why.
"""

from __future__ import annotations

from dataclasses import replace

from briefings.extract.article import Article
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
