"""How sure the extractor is of a quote's speaker, what chose it, and when to say "unsure".

A wrong name is worse than none: an analyst skims past "unsure — review" but trusts a name. So
every quote gets ``confidence`` (0..1) and ``evidence`` (the route that chose the mention, and
the mention as written), and below ``THRESHOLD`` its speaker is withheld with a reason.

The confidence is a calibrated probability that the speaker is right: a logistic model over
facts the attribution already has (which route found the mention, what kind of mention it is,
how far it stands from the quote, whether the name was expanded, whether a role phrase found no
holder, whether a document's issuer is stated). Its weights are data
(``confidence_model.json``), fitted by ``tools/train_confidence.py`` on the development parts
(PolNeAR dev, foreign-dev dev, the BBC set) and read here without any learning library; the
threshold was chosen on the same parts so that at most 3 % of the quotes given a name are given
a wrong one (docs/extraction.md). A route that is wrong more often than right there falls below
the threshold on its own.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import cache
from importlib.resources import files

from briefings.extract.heads import SPOKESPERSON
from briefings.extract.lexicon import words
from briefings.extract.mention import Mention
from briefings.extract.ranker import Opinion
from briefings.extract.spans import Quote

ROUTES = {
    "cue": "a reporting verb in the quote's sentence, and its subject",
    "possessive": "her remark that '...'",
    "relative": "X, who said '...'",
    "passive agent": "'\"...?\" X was asked by Y'",
    "colon": "'X lobbies for a higher wage: \"...\"'",
    "verbless tag": "'\"...,\" Kremlin spokesperson X.'",
    "sentence subject": "a quote inside a sentence without a cue: its subject",
    "sentence before": "'X touted her record. \"...\"'",
    "inherited": "no attribution of its own: the latest speaker before it",
}

# Called with every weighed quote and its features (tools/train_confidence.py collects them).
OBSERVERS: list[Callable[[Quote, dict[str, float]], None]] = []


@cache
def model() -> dict[str, object]:
    """The shipped model: {"intercept", "weights", "threshold", ...}."""
    text = files(__package__).joinpath("confidence_model.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


THRESHOLD = float(model()["threshold"])  # type: ignore[arg-type]


def features(quote: Quote, route: str, mention: Mention, sure_issuer: bool,
             opinion: Opinion | None = None) -> dict[str, float]:
    """The facts the confidence is computed from, by name (absent facts are 0)."""
    speaker = quote.speaker or ""
    found = {f"route={route}": 1.0, f"kind={_kind(quote, mention, sure_issuer)}": 1.0}
    gap = mention.start - quote.end if mention.start >= quote.end else quote.start - mention.end
    found["log distance"] = math.log1p(max(gap, 0) / 50)
    found["mention after quote"] = float(mention.start >= quote.end)
    found["name expanded"] = float(bool(speaker) and speaker.casefold() not in mention.surface.casefold())
    found["one-word speaker"] = float(len(speaker.split()) == 1)
    found["lower-case speaker"] = float(speaker[:1].islower())
    found["titled"] = float(bool(mention.titles))
    found["sure issuer"] = float(sure_issuer)
    found["role matches holder's title"] = float(_role_matches(quote, mention))
    if opinion is not None and opinion.disputed and opinion.best is not mention:  # someone else's mention
        found["ranker disputes"] = 1.0
        found["ranker margin"] = min(opinion.margin, 5.0)
    return found


def _second_opinion(opinion: Opinion | None, mention: Mention) -> str:
    """What the ranker said, for ``evidence`` and for a withheld speaker's reason: the mention
    it chose over the rules' one, or the rival it prefers to the speaker given."""
    if opinion is None or opinion.best is opinion.rules:
        return ""
    if opinion.best is mention:
        return f"; chosen by the ranker over the rules' {opinion.rules.surface!r} (margin {opinion.margin:.1f})"
    if not opinion.disputed:
        return ""
    return f"; the ranker prefers {opinion.best_name!r} from {opinion.best.surface!r} (margin {opinion.margin:.1f})"


def _role_matches(quote: Quote, mention: Mention) -> bool:
    """ "the defence minister" resolved to the person the article introduced as "Turkish Defence
    Minister X": the phrase's head noun is in the holder's own title."""
    head = mention.surface.split()[-1].lower() if mention.kind == "role" and mention.surface.split() else ""
    return bool(head) and head in quote.speaker_role.lower().split()


def _kind(quote: Quote, mention: Mention, sure_issuer: bool) -> str:
    """The mention's kind, with a role phrase split by what became of it."""
    if mention.kind != "role" or quote.speaker is None:
        return mention.kind
    if quote.speaker.casefold() in mention.surface.casefold():
        return "role as written"  # no holder named: the phrase stands as a label
    if mention.titles and mention.titles[-1] in words("documents") - SPOKESPERSON and \
            not mention.antecedent and not sure_issuer:
        return "document"  # "the statement said": its issuer inferred from who spoke before
    return "role"


def probability(found: dict[str, float]) -> float:
    """The model's probability that the speaker is right."""
    weights: dict[str, float] = model()["weights"]  # type: ignore[assignment]
    score = float(model()["intercept"]) + sum(weights.get(k, 0.0) * v for k, v in found.items())  # type: ignore[arg-type]
    return 1 / (1 + math.exp(-score))


def weigh(quote: Quote, route: str, mention: Mention | None, sure_issuer: bool = False,
          opinion: Opinion | None = None) -> None:
    """Set ``confidence`` and ``evidence`` of a quote the attribution step has given a speaker
    (or tried to), and withhold a speaker below ``THRESHOLD``. ``sure_issuer``: the mention is a
    document whose issuer the text names ("a statement from X", "X said in a statement");
    ``opinion``: the ranker's review of the choice (``ranker``), named in the evidence when it
    disagreed."""
    if mention is None:
        quote.confidence, quote.evidence = 0.0, route
        return
    quote.evidence = f"{route}: {mention.surface!r} ({mention.kind}){_second_opinion(opinion, mention)}"
    if quote.speaker is None:
        quote.confidence = 0.0
        return
    found = features(quote, route, mention, sure_issuer, opinion)
    for observer in OBSERVERS:
        observer(quote, found)
    quote.confidence = round(probability(found), 2)
    if quote.confidence < THRESHOLD:
        quote.reason = (f"unsure: {quote.speaker!r} found by {route} from {mention.surface!r} "
                        f"(confidence {quote.confidence:.2f} < {THRESHOLD}){_second_opinion(opinion, mention)}")
        quote.speaker = None
