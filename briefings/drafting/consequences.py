"""Candidate consequences: sentences of an article that announce a measure, with who imposes
it and on whom, where the sentence says so plainly.

"The United States imposed sanctions on Turkey" names an agent before the measure and a
target after a preposition (on, against, targeting…): the agent's party *imposes* it and the
target's party is *affected*. "Turkey faces sanctions" or "sanctions against Turkey" with no
agent makes the target the party that *faces* it. Anything less plain is left to the analyst,
and every inference is marked ``REVIEW`` all the same.

A measure word counts only where the article states a measure in its own voice. Not inside
quotation marks (a quotation is a quote, not a consequence), even when the quotation runs over
several sentences; not in a clause that describes someone ("X, a supporter of the sanctions,
chaired the meeting" is a sentence about X); not in what someone guessed or hoped ("there was
speculation that X would veto it"); not in a name ("Ban Ki-moon"); and not in the frame
of a quotation ("Asked about a veto, the minister said:", "X said, adding that…").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from briefings.drafting.clutter import split_sentences

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
#: a quotation left open at the end of a paragraph runs to its end; one closed in a paragraph
#: before any opens (the first mark follows a comma or stop) began in an earlier paragraph
_OPEN_QUOTE = re.compile(r"[\"“][^\"”]*$")
_CLOSED_FIRST = re.compile(r"^[^\"“”]*[,.!?][\"”](?=\s|$)")
#: a clause that describes someone or something named before it: ", who…", ", a staunch…"
_DESCRIBING = re.compile(r",\s+(?:who|whose|whom|which|a|an)\b[^,;]*?(?=,|[.!?]?$)")
#: what someone guessed or wished is no measure taken: "there was speculation that X would veto"
_GUESSED = re.compile(r"\b(?:speculation|speculated|rumou?r(?:s|ed)?|hoped|hopes|wished)\b.*$")
#: the frame of a quotation: a speech verb followed by a comma or colon ("he said, adding",
#: "said emphatically:")
_QUOTE_FRAME = re.compile(r"\b(?:said|says|told|asked|added|adding|stated|states|declared|replied|"
                          r"answered|insisted|stressed)(?:\s+\w+ly)?\s*[,:]")


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
        own_voice = _own_voice(paragraph)
        at = 0
        for sentence in split_sentences(paragraph):
            at = paragraph.index(sentence, at)
            stated = own_voice[at:at + len(sentence)]
            if (_measure(stated) is not None and len(sentence.split()) >= 6
                    and _QUOTE_FRAME.search(stated) is None):
                found.append(sentence.strip()[:300])
            if len(found) >= limit:
                return found
    return found


def _own_voice(text: str) -> str:
    """``text`` with what is not the article's own statement blanked out (same length): quotations,
    open or closed, clauses that describe someone, and what someone guessed or wished."""
    blank = lambda m: " " * len(m.group())  # noqa: E731 - one use, five patterns
    text = _GUESSED.sub(blank, _CLOSED_FIRST.sub(blank, text))
    return _DESCRIBING.sub(blank, _OPEN_QUOTE.sub(blank, _QUOTED.sub(blank, text)))


def _measure(stated: str) -> re.Match[str] | None:
    """The first measure word of ``stated``; a capitalised one inside the sentence is a name
    ("Mr Ban", "Ban Ki-moon"), not a measure."""
    for found in MEASURES.finditer(stated):
        if not (found.group()[0].isupper() and stated[:found.start()].strip()):
            return found
    return None


def infer(sentence: str, parties: Sequence[Mentionable]) -> Candidate:
    """Who imposes the measure in ``sentence`` and who is affected, where it says so."""
    outside = _own_voice(sentence)
    measure = _measure(outside)
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
