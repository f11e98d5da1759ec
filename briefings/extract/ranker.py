"""A learned second opinion on a quote's speaker: every candidate mention near the quote,
scored by a linear model over facts that hold in any outlet's prose.

The rules (``reading``, ``attribution``, ``uncued``) choose one mention for each quote. The
ranker looks at the same mentions the rules see — those of the quote's sentence and of the
sentences either side of it in its paragraph, the subject the attribution finds for every cue
there, and the rules' own choice — and scores each from facts that do not depend on an outlet's
house style: how far it stands from the quote (characters, sentences, before or after), its
grammatical place (subject of a reporting verb, next to a cue, object, after a preposition,
possessive), its kind (name, body, pronoun, role phrase), whether it carries a title, how often
the article names the same person, and whether the rules chose it. The weights are data
(``ranker_model.json``), fitted by ``tools/train_ranker.py`` on the development parts only
(PolNeAR dev: a candidate is right when it overlaps a gold Source; foreign-dev dev and the BBC
set: when it resolves to the gold speaker), and read here without any learning library.

How the ranker's opinion is used is ``MODE`` (docs/extraction.md, "Round 4", compares them):

* ``"off"``: not consulted (the rules alone);
* ``"choose"``: the ranker's best candidate replaces the rules' choice when it resolves to a name;
* ``"dispute"``: the rules choose; when the ranker prefers a candidate that resolves to another
  name, that dispute and the ranker's margin are facts of the confidence model, and a speaker
  withheld as unsure names the rival in its reason.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from briefings.extract.lexicon import pairs
from briefings.extract.mention import Mention
from briefings.extract.names import surname_of
from briefings.extract.sentences import Sentence
from briefings.extract.spans import Quote

if TYPE_CHECKING:  # the attribution imports this module's users; only types are needed here
    from briefings.extract.attribution import Attributor

_PERSON_KINDS = ("name1", "person", "pronoun")
MODE = "choose"  # "off" | "choose" | "dispute" (see the module's docstring; "choose" won, Round 4)
KINDS = ("person", "name1", "org", "pronoun", "role", "phrase", "relative", "joint")
_MAX_CANDIDATES = 16

# Called with every quote the ranker looked at and its candidates with their features
# (tools/train_ranker.py collects them to label and fit).
OBSERVERS: list[Callable[[Quote, list[tuple[Mention, dict[str, float]]]], None]] = []


@cache
def model() -> dict[str, object]:
    """The shipped ranker: {"weights", "about", ...}."""
    text = files(__package__).joinpath("ranker_model.json").read_text(encoding="utf-8")
    data: dict[str, object] = json.loads(text)
    return data


@dataclass
class Opinion:
    """What the ranker thinks of the rules' choice for one quote."""

    rules: Mention  # the rules' choice
    best: Mention  # the candidate it scores highest (that resolves to a name)
    best_name: str | None  # what that candidate resolves to
    margin: float  # its score minus the score of the rules' choice (0 when they agree)
    disputed: bool  # the best candidate resolves to a name other than the rules' speaker


@dataclass
class _Context:
    """What the features of one quote's candidates are read against."""

    quote: Quote
    sentence_index: int
    paragraph: int
    cue_subject_mentions: list[Mention]  # the subject of every cue in the window
    cue_subjects: set[tuple[int, int]]
    nearest_cue_subject: tuple[int, int] | None  # the subject of the quote's sentence's cue nearest it
    cue_spans: list[tuple[int, int]]
    latest_speaker: str  # the surname of the latest speaker before the quote
    chosen: Mention
    surname_counts: dict[str, int]


def candidates(attributor: Attributor, quote: Quote, chosen: Mention,
               context: _Context | None = None) -> list[Mention]:
    """The mentions near ``quote`` the rules could have chosen, nearest first, the rules' choice
    always among them."""
    article = attributor.article
    context = context or _context(attributor, quote, chosen)
    found: dict[tuple[int, int], Mention] = {}
    for sentence in _window(attributor, quote):
        for mention in article.mentions_between(sentence.start, sentence.end):
            found.setdefault((mention.start, mention.end), mention)
    for subject in context.cue_subject_mentions:
        found.setdefault((subject.start, subject.end), subject)
    found = {span: m for span, m in found.items()  # "Kell" of the rules' "Kell and Varga" is that mention
             if not chosen.start <= span[0] < span[1] <= chosen.end}
    found[(chosen.start, chosen.end)] = chosen
    nearest = sorted(found.values(), key=lambda m: _gap(quote, m))
    kept = nearest[:_MAX_CANDIDATES]
    return kept if any(m is chosen for m in kept) else [*kept[:-1], chosen]


def _window(attributor: Attributor, quote: Quote) -> list[Sentence]:
    """The quote's sentence and its neighbours in the same paragraph."""
    article = attributor.article
    index = article.sentence_index(quote.start)
    paragraph = article.paragraph_of(article.sentences[index].start)
    around = range(max(0, index - 1), min(len(article.sentences), index + 2))
    return [article.sentences[k] for k in around
            if k == index or article.paragraph_of(article.sentences[k].start) == paragraph]


def _gap(quote: Quote, mention: Mention) -> int:
    if mention.start >= quote.end:
        return mention.start - quote.end
    return max(0, quote.start - mention.end)


def _context(attributor: Attributor, quote: Quote, chosen: Mention) -> _Context:
    article = attributor.article
    subjects: list[Mention] = []
    cue_spans: list[tuple[int, int]] = []
    for sentence in _window(attributor, quote):
        for cue in attributor.cues(sentence):
            cue_spans.append((cue[0], cue[1]))
            subject = attributor.speaker_for_cue(sentence, cue)
            if subject is not None:
                subjects.append(subject)
    index = article.sentence_index(quote.start)
    return _Context(quote, index, article.paragraph_of(article.sentences[index].start), subjects,
                    {(m.start, m.end) for m in subjects},
                    _nearest_cue_subject(attributor, quote, article.sentences[index]), cue_spans,
                    _latest_speaker(attributor, quote), chosen, _surname_counts(attributor))


def _nearest_cue_subject(attributor: Attributor, quote: Quote, sentence: Sentence) -> tuple[int, int] | None:
    cues = attributor.cues(sentence)
    if not cues:
        return None
    nearest = min(cues, key=lambda c: c[0] - quote.end if c[0] >= quote.end else quote.start - c[1])
    subject = attributor.speaker_for_cue(sentence, nearest)
    return (subject.start, subject.end) if subject else None


def _latest_speaker(attributor: Attributor, quote: Quote) -> str:
    earlier = [name for position, name, _ in attributor.resolver.speakers[-8:] if position < quote.start]
    return surname_of(earlier[-1]).casefold() if earlier else ""


def _surname_counts(attributor: Attributor) -> dict[str, int]:
    """How often the article names each surname or body (once per article)."""
    cached: dict[str, int] | None = getattr(attributor, "_ranker_surnames", None)
    if cached is None:
        cached = {}
        for mention in attributor.article.mentions:
            if mention.kind in ("person", "name1", "org") and mention.name:
                key = surname_of(mention.name).casefold()
                cached[key] = cached.get(key, 0) + 1
        attributor._ranker_surnames = cached  # type: ignore[attr-defined]
    return cached


def features(attributor: Attributor, context: _Context, mention: Mention) -> dict[str, float]:
    """The facts a candidate is scored from, by name (absent facts are 0)."""
    article, quote = attributor.article, context.quote
    found = {f"kind={mention.kind}": 1.0}
    found.update(_place(attributor, context, mention))
    found["log distance"] = math.log1p(_gap(quote, mention) / 50)
    found["after quote"] = float(mention.start >= quote.end)
    found["rules' choice"] = float((mention.start, mention.end) == (context.chosen.start, context.chosen.end))
    found["subject of a cue"] = float((mention.start, mention.end) in context.cue_subjects)
    found["subject of the nearest cue"] = float((mention.start, mention.end) == context.nearest_cue_subject)
    found["subject-like"] = float(mention.subject_like)
    found["object-like"] = float(mention.object_like)
    found["possessive"] = float(mention.possessive)
    found["after preposition"] = float(mention.after_preposition)
    found["titled"] = float(bool(mention.titles))
    found["first person"] = float(mention.kind == "pronoun" and
                                  pairs("pronouns").get(mention.surface.lower()) == "self")
    key = surname_of(mention.name).casefold() if mention.name else ""
    found["log times named"] = math.log1p(context.surname_counts.get(key, 0))
    found["latest speaker"] = float(bool(key) and key == context.latest_speaker)
    found["same paragraph"] = float(article.paragraph_of(mention.start) == context.paragraph)
    return found


def _place(attributor: Attributor, context: _Context, mention: Mention) -> dict[str, float]:
    """Where the candidate stands: which sentence, and how near a reporting cue."""
    offset = attributor.article.sentence_index(mention.start) - context.sentence_index
    place = {"sentence before": float(offset < 0), "sentence after": float(offset > 0)}
    masked = attributor.article.masked
    before_cue = any(0 <= cue_start - mention.end <= 3 and not masked[mention.end:cue_start].strip(" ,")
                     for cue_start, _ in context.cue_spans)
    after_cue = any(0 <= mention.start - cue_end <= 30 and not masked[cue_end:mention.start].strip(" ,")
                    for _, cue_end in context.cue_spans)
    place["right before a cue"] = float(before_cue)
    place["right after a cue"] = float(after_cue)
    place["no cue near"] = float(not context.cue_spans)
    return place


def score(found: dict[str, float]) -> float:
    """The candidate's score (higher is likelier the speaker's mention)."""
    weights: dict[str, float] = model()["weights"]  # type: ignore[assignment]
    return sum(weights.get(k, 0.0) * v for k, v in found.items())


def review(attributor: Attributor, quote: Quote, chosen: Mention, chosen_name: str | None) -> Opinion | None:
    """The ranker's opinion of the rules' choice for ``quote`` (None when ``MODE`` is off and
    nobody observes)."""
    if MODE == "off" and not OBSERVERS:
        return None
    context = _context(attributor, quote, chosen)
    scored = [(m, features(attributor, context, m)) for m in candidates(attributor, quote, chosen, context)]
    for observer in OBSERVERS:
        observer(quote, scored)
    if MODE == "off":
        return None
    ranked = sorted(((score(f), k, m) for k, (m, f) in enumerate(scored)), key=lambda s: (-s[0], s[1]))
    mine = next(s for s, _, m in ranked if m is chosen)
    for value, _, mention in ranked:
        if mention is chosen or value <= mine:  # a tie is no preference
            return Opinion(chosen, chosen, chosen_name, 0.0, False)
        name = quiet_name(attributor, mention, quote.start)
        if name:
            return Opinion(chosen, mention, name, value - mine, not _same(name, chosen_name))
    return None


def quiet_name(attributor: Attributor, mention: Mention, position: int) -> str | None:
    """What ``mention`` resolves to, leaving the resolver as it was (a pronoun resolved early
    would otherwise keep an answer computed before the speakers between were known)."""
    resolver = attributor.resolver
    pronouns, joints = len(resolver.resolved_pronouns), len(resolver.joint_members)
    name = resolver.canonical(mention, position)
    _forget_after(resolver.resolved_pronouns, pronouns)
    _forget_after(resolver.joint_members, joints)
    return name


def _forget_after(store: dict[Any, Any], size: int) -> None:
    """Drop the entries added to ``store`` after it held ``size`` (dicts keep insertion order)."""
    for key in list(store)[size:]:
        del store[key]


def _same(a: str | None, b: str | None) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


def second_opinion(attributor: Attributor, quote: Quote, mention: Mention,
                   name: str | None) -> tuple[Mention, str | None, Opinion | None]:
    """The mention and name the quote goes to after the ranker's review, and the review: in
    ``"choose"`` mode the ranker's best candidate replaces the rules' choice."""
    opinion = review(attributor, quote, mention, name)
    if MODE == "choose" and opinion is not None and opinion.best is not mention:
        best = attributor.resolver.canonical(opinion.best, quote.start)
        if mention.kind == "relative" and best == name and opinion.best.kind in _PERSON_KINDS:
            return mention, name, opinion  # "Roe, who said '...'": the person's own clause
        return opinion.best, best, opinion
    return mention, name, opinion
