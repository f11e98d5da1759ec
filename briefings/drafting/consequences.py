"""Candidate consequences: sentences of an article that announce a measure, with who imposes
it and on whom, where the sentence says so plainly.

"The United States imposed sanctions on Turkey" names an agent before the measure and a
target after a preposition (on, against, targeting…): the agent's party *imposes* it and the
target's party is *affected*. "Turkey faces sanctions" or "sanctions against Turkey" with no
agent makes the target the party that *faces* it. Anything less plain is left to the analyst,
and every inference is marked ``REVIEW`` all the same.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

MEASURES = re.compile(
    r"\b(sanction\w*|ban(?:s|ned|ning)?|embargo\w*|freez\w*|asset freeze|visa restrictions?|"
    r"tariffs?|expel\w*|expulsion|boot\w*|suspend\w*|suspension|retaliat\w*|countermeasures?|"
    r"necessary (?:measures|steps)|blacklist\w*|boycott\w*|penalt\w*|fines?|veto\w*|threat\w*)\b",
    re.IGNORECASE,
)
#: a target follows one of these within a few words of the measure
_TARGET_CUE = re.compile(r"\b(?:on|against|targeting|upon|at|over)\s+(?:\w+\s+){0,3}?$", re.IGNORECASE)
#: the agent suffers the measure rather than imposing it: "Turkey faces sanctions"
_SUFFERS = re.compile(r"\b(?:faces?|facing|risks?|risking|hit (?:by|with)|subject to|suffer\w*|"
                      r"under|escaped?|avoid\w*)\s+(?:\w+\s+){0,3}?$", re.IGNORECASE)
_QUOTED = re.compile(r"[\"“][^\"”]*[\"”]")


@dataclass(frozen=True)
class Mentionable:
    """A drafted party and every name the article may use for it."""

    id: str
    names: tuple[str, ...]


@dataclass
class Candidate:
    """A measure sentence, and who is inferred to impose or face it (None: not stated)."""

    sentence: str
    owner: str | None = None
    role: str = "imposes"
    affects: list[str] = field(default_factory=list)

    @property
    def inferred(self) -> bool:
        return self.owner is not None


def measure_sentences(paragraphs: Sequence[str], limit: int = 8) -> list[str]:
    """Sentences (within paragraphs, so a headline never joins the text) that announce
    measures outside quotation marks."""
    found: list[str] = []
    for paragraph in paragraphs:
        for sentence in re.split(r"(?<=[.!?])[\"”']?\s+(?=[\"“']?[A-Z])", paragraph):
            if MEASURES.search(_QUOTED.sub("", sentence)) and len(sentence.split()) >= 6:
                found.append(sentence.strip()[:300])
            if len(found) >= limit:
                return found
    return found


def infer(sentence: str, parties: Sequence[Mentionable]) -> Candidate:
    """Who imposes the measure in ``sentence`` and who is affected, where it says so."""
    outside = _QUOTED.sub(lambda m: " " * len(m.group()), sentence)
    measure = MEASURES.search(outside)
    if measure is None:
        return Candidate(sentence)
    agent: tuple[int, str] | None = None
    targets: list[tuple[int, str]] = []
    for party in parties:
        for at in _mentions(outside, party.names):
            if at < measure.start() and (agent is None or at > agent[0]):
                agent = (at, party.id)
            elif at > measure.start() and _TARGET_CUE.search(outside[measure.end():at]) is not None:
                targets.append((at, party.id))
    if agent is not None:
        between = outside[agent[0]:measure.start()]
        if _SUFFERS.search(between):
            return Candidate(sentence, agent[1], "faces", [])
        named = [t for t in dict.fromkeys(t for _, t in sorted(targets)) if t != agent[1]]
        return Candidate(sentence, agent[1], "imposes", named)
    if targets:
        return Candidate(sentence, min(targets)[1], "faces", [])
    return Candidate(sentence)


def _mentions(text: str, names: Sequence[str]) -> list[int]:
    return [found.start() for name in names if len(name) >= 3
            for found in re.finditer(rf"\b{re.escape(name)}\b", text)]
