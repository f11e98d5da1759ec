"""Quotes inside a relative clause: 'X, who called the plan "a disaster", ...' belongs to "who".

News prose often hangs a quote on a relative clause: '..., said Jane Roe, who added that the
plan was "a disaster"', 'the mayor, who has called himself "the builder", ...', 'a column in
the Herald, which called it "reckless"'. The speaker mention is the relative pronoun, standing
for the name before it (an appositive between them is skipped: 'Jane Roe, the group's
director, who said ...' is Jane Roe); a "who" clause needs no verb of saying when no comma
breaks it ('Roe, who now rates the bridge "a fine piece of work"'). A clause that closes before the quote
('X, who was elected in 2010, said "..."') is no such clause: the quote belongs to the main
verb. A free relative clause ('what Roe called "..."') has its own subject
(``what_clause_subject``).
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.lexicon import pairs, words
from briefings.extract.mention import Mention
from briefings.extract.sentences import Sentence

# patterns compiled once (pysbd fills the re module cache with its own)
_IN_A_PLACE = re.compile(r"\b(?:in|from|near|across) \Z")  # a one-word name after these is a place
_WORD = re.compile(r"[\w'’-]+")
_RELATIVE = re.compile(r"\b(who|which)\b")
_CLAUSE_BREAK = re.compile(r"[;:()—–]|,\s*(?:[a-z]+\s+){0,2}?([a-z]+)\b|[\"“”]")
_APPOSITIVE = re.compile(r"\s*,[^,;:\"“”()]{1,90},\s*")
_MAX_CLAUSE = 160
_WHAT_BEFORE = re.compile(r"(?<![\w'’-])what\s+$", re.IGNORECASE)
# "what", then up to six words that end right before the cue: the clause's own subject
_WHAT_CLAUSE = re.compile(r"(?<![\w'’-])what\s+((?:[\w'’-]+\s+){1,6})\Z", re.IGNORECASE)


def _clause_runs_to(masked: str, start: int, end: int, pronoun: str) -> bool:
    """Whether the relative clause opened at ``start`` still runs at ``end`` (the quote), with
    a verb of saying, or, after "who", with none and no comma ('Roe, who now rates the bridge
    "a fine piece of work"'): the quoted words are still the person's."""
    gap = masked[start:end].rstrip(" \"“'‘")
    if len(gap) > _MAX_CLAUSE:
        return False
    for stop in _CLAUSE_BREAK.finditer(gap):
        verb = stop.group(1)
        if verb is None or verb in words("cues"):
            return False  # "X, who was elected in 2010, said": the clause closed
    tokens = _WORD.findall(gap)
    if not tokens or not tokens[0].islower() or tokens[0] in pairs("pronouns"):
        return False  # "X, whom he called": the pronoun is not the clause's subject
    verbs = sum(t.lower() in words("cues") for t in tokens)
    # one verb of saying; with two ("an aide who spoke anonymously said"), the second belongs
    # to the main clause
    return verbs == 1 or (verbs == 0 and pronoun == "who" and "," not in gap)


def is_a_place(masked: str, mention: Mention) -> bool:
    """A one-word name after "in", "from", "near" or "across" ("based in Europe"): a place, so
    never the antecedent of "who" (it was the speaker of "…, who asked not to be named, said")."""
    return mention.kind == "name1" and _IN_A_PLACE.search(masked, max(0, mention.start - 10), mention.start) is not None


def _antecedent(article: Article, sentence: Sentence, who: int) -> Mention | None:
    """The name the relative pronoun at ``who`` stands for."""
    before = [m for m in article.mentions_between(sentence.start, who)
              if m.kind in ("person", "name1", "org", "role", "phrase") and not m.possessive]
    if not before:
        return None
    last = before[-1]
    gap = article.masked[last.end:who]
    if gap.strip(" ,"):
        return None  # words between the name and "who": not its antecedent
    if is_a_place(article.masked, last):
        return None  # "an exile based in Europe, who asked": a place is no one's antecedent
    for earlier in reversed(before[:-1]):
        if earlier.kind in ("person", "name1") and _APPOSITIVE.fullmatch(article.masked[earlier.end:who]):
            return earlier  # "Jane Roe, the group's director, who"
    return last


def relative_speaker(article: Article, sentence: Sentence, quote_start: int) -> Mention | None:
    """The relative pronoun whose clause holds the quote, standing for its antecedent."""
    masked = article.masked
    found = None
    for match in _RELATIVE.finditer(masked, sentence.start, quote_start):
        found = match
    if found is None or not _clause_runs_to(masked, found.end(), quote_start, found.group(1)):
        return None
    if any(m.kind in ("pronoun", "person", "name1", "org") and not (m.possessive or m.after_preposition)
           for m in article.mentions_between(found.end(), quote_start)):
        return None  # "X, who said she called him '...'": the clause has a subject of its own
    if any(_WHAT_BEFORE.search(masked, max(0, m.start - 20), m.start)
           for m in article.mentions_between(found.end(), quote_start)):
        return None  # "X, which oversees Y, for what the group called '...'": the group's words
    antecedent = _antecedent(article, sentence, found.start())
    if antecedent is None:
        return None
    return Mention(found.start(), found.end(), found.group(1), "relative", antecedent=antecedent,
                   subject_like=True)


def what_clause_subject(article: Article, sentence: Sentence, cue_start: int) -> Mention | None:
    """ "the plan, or what Roe called 'a lot of paper'", "what it calls '...'": the subject of
    a free relative clause opened by "what" right before the cue."""
    before = article.mentions_between(sentence.start, cue_start)
    if not before or before[-1].possessive or article.masked[before[-1].end:cue_start].strip():
        return None
    window = article.masked[max(0, before[-1].start - 20):before[-1].start]  # bounded: linear time
    return before[-1] if _WHAT_BEFORE.search(window) else None


def what_clause_start(masked: str, start: int, cue_start: int) -> int | None:
    """ "Smith and Jones, of Ohio and Texas, in what one conservative has dubbed '...'": where
    the subject of a free relative clause opened by "what" begins, when its words stand between
    "what" and the cue; no mention before "what" is the cue's subject. None when the cue opens
    no such clause, or when "and", "but" or "or" joins another clause to it."""
    found = _WHAT_CLAUSE.search(masked, max(start, cue_start - 60), cue_start)
    if found is None or {"and", "but", "or"} & set(found.group(1).lower().split()):
        return None
    return found.start(1)
