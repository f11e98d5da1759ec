"""How sure the extractor is of a quote's speaker, what chose it, and when to say "unsure".

A wrong name is worse than none: an analyst skims past "unsure — review" but trusts a name. So
every quote gets ``confidence`` (0..1) and ``evidence`` (the route that chose the mention, and
the mention as written), and below ``THRESHOLD`` its speaker is withheld with a reason.

The confidence is the product of two tables (``ROUTES`` and ``MENTIONS``): how reliably a route
finds the right mention ("X said" in the quote's own sentence, against a speaker inherited from
an earlier paragraph), and how reliably a kind of mention resolves to the right name (a name
as written, against a pronoun or a role phrase). Both were set on the foreign-dev development
part and checked on its report part (docs/extraction.md); neither reads the article beyond the
attribution, so they stay rules a reader can follow.
"""

from __future__ import annotations

from briefings.extract.lexicon import words
from briefings.extract.mentions import Mention
from briefings.extract.spans import Quote

THRESHOLD = 0.5
_SPOKESPERSON = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "spokesmen"}  # people, not documents

ROUTES = {
    "cue": 0.95,  # a reporting verb in the quote's sentence, and its subject
    "possessive": 0.85,  # "her remark that '...'"
    "relative": 0.85,  # "X, who said '...'"
    "passive agent": 0.8,  # '"...?" X was asked by Y'
    "colon": 0.8,
    "verbless tag": 0.8,  # '"...," Kremlin spokesperson X.'
  # 'X lobbies for a higher wage: "..."'
    "sentence subject": 0.7,  # a quote inside a sentence without a cue: its subject
    "sentence before": 0.7,  # 'X touted her record. "..."'
    "inherited": 0.65,  # no attribution of its own: the latest speaker before it
}

MENTIONS = {
    "person": 1.0,  # a name as written
    "org": 1.0,
    "joint": 0.95,
    "name1": 0.9,  # one capitalised word: a surname, or a place used for its government
    "relative": 0.9,  # "who": its antecedent
    "pronoun": 0.85,  # "he", "she", "they": resolved to the speaker before
    "role": 0.8,  # "the minister": resolved to the holder the article names
    "phrase": 0.75,  # "the 52-year-old": a noun phrase, as written when no holder is found
}

UNRESOLVED_ROLE = 0.8  # a role phrase kept as written, as a label ("one envoy", "Pakistani officials")
DOCUMENT = 0.5  # "the statement said": its issuer is inferred from who spoke before


def weigh(quote: Quote, route: str, mention: Mention | None, sure_issuer: bool = False) -> None:
    """Set ``confidence`` and ``evidence`` of a quote the attribution step has given a speaker
    (or tried to), and withhold a speaker below ``THRESHOLD``. ``sure_issuer``: the mention is a
    document whose issuer the text names ("a statement from X", "X said in a statement")."""
    if mention is None:
        quote.confidence, quote.evidence = 0.0, route
        return
    quote.evidence = f"{route}: {mention.surface!r} ({mention.kind})"
    if quote.speaker is None:
        quote.confidence = 0.0
        return
    factor = MENTIONS.get(mention.kind, 0.6)
    if mention.kind == "role" and quote.speaker.casefold() in mention.surface.casefold():
        factor = UNRESOLVED_ROLE  # the phrase as written: no holder named
    elif mention.kind == "role" and mention.titles and mention.titles[-1] in words("documents") - _SPOKESPERSON and \
            not mention.antecedent and not sure_issuer and quote.speaker.casefold() not in mention.surface.casefold():
        factor = DOCUMENT
    quote.confidence = round(ROUTES.get(route, 0.5) * factor, 2)
    if quote.confidence < THRESHOLD:
        quote.reason = (f"unsure: {quote.speaker!r} found by {route} from {mention.surface!r} "
                        f"(confidence {quote.confidence:.2f} < {THRESHOLD})")
        quote.speaker = None
