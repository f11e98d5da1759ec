"""Speakers that are plain noun phrases: "said the 52-year-old", "federal prosecutors wrote".

Names, pronouns and role phrases built on known role nouns are found by ``mentions``; news
prose also gives a quote to a noun phrase of any head ("said one of the organisers", "the
Republican said", "the advert targets"). This module reads such a phrase only where the
syntax says it is the subject:

* right after an inverted cue that follows the quote ('"...," said the 52-year-old.'), up to
  the first punctuation or the first word that opens a clause or an adjunct;
* between the quote and its cue ('"...," federal prosecutors wrote');
* at the opening of a sentence whose verb is no reporting verb ("The advert targets a '...'").

The phrase becomes a ``Mention`` of kind "phrase": resolved to a titled person or left as
written (``resolve.Resolver.phrase``), never guessed.

The module also holds the small clause tests the attribution step shares: where the main
clause of a sentence begins (after "When ...," or "Asked whether ...,"), whether a mention
only describes the one before it (an appositive), whether only linking words ("has",
"on Monday") stand between a subject and its cue, and the subject of an absolute clause
("with the guild calling it '...'").
"""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.lexicon import pairs, union, words
from briefings.extract.mention import Mention
from briefings.extract.shape import is_demonym, phrase_problem

# a few words with hyphens, digits and apostrophes, up to punctuation or a quotation mark; a
# dotted initialism is one word ("the U.S.-trained pilot" was cut to "The U", a body "U")
_TOKEN = r"(?:[A-Z]\.){2,}[\w'’-]*|[\w'’-]+"
_PHRASE = re.compile(rf"[ \u00a0]*((?:(?:{_TOKEN})[ \u00a0]+){{0,9}}(?:{_TOKEN}))")
_WORD = re.compile(_TOKEN)
_COMMA_ONLY = re.compile(r"\s*,\s*")
_COMMAS_AND_SPACES = re.compile(r"[,\s]+")
_CLOSERS_ONLY = re.compile(r"[\s,.!?;:'’\"”]*")
_QUANTIFIERS = {"the", "a", "an", "another", "one", "some", "several", "many", "other", "others",
                "hundreds", "thousands", "dozens", "most", "both", "all"}
_DETERMINER_OPENING = re.compile(
    r"(?:The|A|An|Another|One|Some|Several|Many|Other|Others|Her|His|Their|Its|Hundreds|Thousands|Dozens|Most|Both|All)\b")
_MAX_WORDS = 8
_DOCUMENT_DETERMINERS = frozenset({"the", "a", "an", "this", "that"})
# a determiner, up to three modifiers (a nationality among them: "A senior Chinese military"), the head
_OPENING_PHRASE = re.compile(r"(?:The|A|An|One|Another|Some|Several|Many)"
                             r"((?: (?!(?:who|whose|which|that)\b)(?:[a-z][a-z-]+|[A-Z][a-z]+)){0,3}) "
                             r"([a-z]+)\b(?=[ ,])")
_RELATIVE_PRONOUNS = frozenset({"who", "whose", "which", "that"})
_WITH_BEFORE = re.compile(r"(?<![\w'’-])with\s+(?:the\s+)?$", re.IGNORECASE)
_ADJECTIVE_LIST = re.compile(r"\s*(?:the|a|an)\s+[a-z][\w-]*,\s+[\w-]+(?:\s+[\w-]+){0,3}\s*")


@cache
def _stops() -> frozenset[str]:
    """Words that end a subject phrase: prepositions (but "of", inside "one of the X"), clause
    openers, reporting verbs, time words."""
    return (union("prepositions", "subject_openers", "cues", "calendar") |
            {"during", "who", "whose", "whom", "where", "is", "was", "has", "had", "have",
             "will", "would", "said", "told", "in", "on", "at"}) - {"of"}


def _cut(text: str, offset: int) -> tuple[int, int] | None:
    """The subject phrase at the start of ``text`` as (start, end) shifted by ``offset``."""
    match = _PHRASE.match(text)
    if not match:
        return None
    kept: list[re.Match[str]] = []
    found = list(_WORD.finditer(match.group(1)))
    for k, word in enumerate(found):
        if word.group().lower() in _stops() or kept and _participle_before_preposition(found, k):
            break
        kept.append(word)
    if not kept or len(kept) > _MAX_WORDS:
        return None
    if kept[-1].group().lower() in ("of", "the", "a", "an"):
        return None
    start = match.start(1) + kept[0].start()
    return offset + start, offset + match.start(1) + kept[-1].end()


def _participle_before_preposition(found: list[re.Match[str]], k: int) -> bool:
    """ "an official involved in the talks", "a diplomat based in Kyiv": a participle and its
    preposition after the head noun modify the phrase and end it (the label was "official
    involved", and its capitalised form was read as a body's name)."""
    word = found[k].group()
    return word.islower() and word.endswith("ed") and k + 1 < len(found) and \
        found[k + 1].group().lower() in words("prepositions")


def _mention(text: str, span: tuple[int, int]) -> Mention | None:
    surface = text[span[0]:span[1]]
    tokens = surface.split()
    first = tokens[0].lower()
    if first in pairs("pronouns") or first in union("prepositions", "not_names") - _QUANTIFIERS:
        return None
    if phrase_problem(surface):
        return None  # "The great majority of [Britons say]": cut before its noun
    if first in _DOCUMENT_DETERMINERS and tokens[-1].lower() in words("documents") and \
            tokens[-1].lower() not in words("role_nouns"):
        # "said a presidential statement": a document, read as "the statement" is (its issuer)
        return Mention(span[0], span[1], surface, "role", titles=[t.lower() for t in tokens[1:]],
                       subject_like=True)
    return Mention(span[0], span[1], surface, "phrase", titles=[t.lower() for t in tokens],
                   subject_like=True)


def after_inverted_cue(masked: str, text: str, cue_end: int, limit: int) -> Mention | None:
    """'," said one of the organisers, who ...': the phrase after the cue."""
    span = _cut(masked[cue_end:limit], cue_end)
    return _mention(text, span) if span else None


def between_quote_and_cue(masked: str, text: str, quote_end: int, cue_start: int) -> Mention | None:
    """'"...," federal prosecutors wrote': the words between the quote and its cue."""
    closers = _CLOSERS_ONLY.match(masked, quote_end, cue_start)
    start = closers.end() if closers else quote_end
    gap = masked[start:cue_start]
    if not gap.strip() or any(c in gap for c in ";:()\"“”") or len(gap.split()) > 9:
        return None
    if "," in gap and not _ADJECTIVE_LIST.fullmatch(gap):
        return None  # but "the bespectacled, 71-year-old diplomat said"
    span = _cut(gap.replace(",", " "), start)
    if not span or not _modifier_tail(masked[span[1]:cue_start]):
        return None
    return _mention(text, span)


def _modifier_tail(rest: str) -> bool:
    """Whether what stands between a subject phrase and its cue only modifies the phrase or the
    verb: nothing, a prepositional phrase ("a message on the website reads"), a participle or
    a time word ("the order released Friday said")."""
    found = rest.split()
    if not found:
        return True
    first = found[0].lower()
    return len(found) <= 5 and (first in union("prepositions", "calendar", "skippable") or
                                first.endswith("ed"))


_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                "may", "might", "should", "then", "also", "still", "simply", "once", "even", "now"}


def _looks_like_verb(word: str, previous: str) -> bool:
    """A finite verb or the adverb before one, in "The advert [targets]", "Others [chanted]"."""
    low = word.lower()
    if low in _AUXILIARIES or low.endswith(("ed", "ly")) or low in words("cues"):
        return True
    plural_before = previous.lower().endswith("s") and not previous.endswith(("'s", "’s"))
    return low.endswith("s") and not low.endswith(("ss", "'s", "’s", "us", "is")) and not plural_before


def opening_subject(masked: str, text: str, sentence_start: int, quote_start: int) -> Mention | None:
    """ "The advert targets a '...'", "Others chanted '...'": a determiner phrase that opens the
    sentence, up to its verb, is the subject of a quote in a sentence without a reporting verb."""
    lead = masked[sentence_start:quote_start]
    stripped = len(lead) - len(lead.lstrip(" \"“'‘-—–\n"))
    opening = _DETERMINER_OPENING.match(lead, stripped)
    if not opening:
        return None
    tokens = list(_WORD.finditer(lead[opening.end():]))
    verb_at: int | None = 0
    if opening.group() in ("Others", "Another"):
        verb_at = 0
    else:
        verb_at = next((k for k in range(1, min(len(tokens), 5))
                        if _looks_like_verb(tokens[k].group(), tokens[k - 1].group()) and not (
                            k + 1 < len(tokens) and tokens[k].group().endswith("s") and
                            _looks_like_verb(tokens[k + 1].group(), ""))), None)
    if verb_at is None or verb_at >= len(tokens) or any(
            t.group().lower() in _stops() for t in tokens[:verb_at]):
        return None
    end = sentence_start + opening.end() + (tokens[verb_at - 1].end() if verb_at else 0)
    return _mention(text, (sentence_start + stripped, end))


_SUBORDINATORS = {"when", "while", "after", "before", "as", "if", "although", "though", "because",
                  "since", "once", "until", "unless", "whereas"}
_FIRST_WORD = re.compile(r"[\s\"“'‘(—–-]*([A-Za-z]+)")


def main_clause_start(masked: str, start: int, end: int) -> int:
    """Where the main clause of the sentence ``masked[start:end]`` begins: after an opening
    subordinate or participle clause ("When she was asked about it, she said ...", "Asked
    whether ..., he said") up to its first comma."""
    first = _FIRST_WORD.match(masked, start, end)
    if not first or not (first.group(1).lower() in _SUBORDINATORS or _opening_participle(
            first.group(1), masked[first.end():first.end() + 3])):
        return start
    comma = masked.find(",", first.end(), end)
    return comma + 1 if comma >= 0 else start


def _opening_participle(word: str, after: str) -> bool:
    """ "Asked whether ...,", "Speaking to reporters,": a participle before a lower-case word."""
    return len(word) > 4 and word.lower().endswith(("ed", "ing")) and after[:1] == " " and \
        after[1:2].islower()


def describes_previous(masked: str, previous: Mention, mention: Mention) -> bool:
    """Whether ``mention`` only describes ``previous`` ("Jane Roe, Oxfam's head of policy,",
    "one protester, a teacher,"): it follows it after a comma, is a role or an organisation,
    and is closed by a comma. A name after a role ("the minister, Karl Weber,") is the fuller
    answer; a name after a name ("Ann Cole, Roe said,") is a new subject."""
    if not _COMMA_ONLY.fullmatch(masked[previous.end:mention.start]):
        return False
    if mention.kind in ("person", "name1"):
        return False
    return mention.kind == "role" and masked[mention.end:mention.end + 2].lstrip()[:1] == "," or \
        (mention.kind == "org" and previous.kind in ("person", "name1"))


def only_skippable(gap: str) -> bool:
    """Whether only words that keep a subject linked to its cue stand in ``gap``
    ("X has repeatedly said", "X on Monday said")."""
    cleaned = _COMMAS_AND_SPACES.sub(" ", gap).strip().lower()
    return all(w in words("skippable") or w in words("calendar") or w.isdigit()
               for w in cleaned.split())


def with_clause_subject(masked: str, mentions: list[Mention], cue_start: int) -> Mention | None:
    """ "..., with the guild calling it '...'": the mention between "with" and a participle
    cue is its subject (an absolute clause), not the subject of the sentence."""
    if not mentions or mentions[-1].possessive or masked[mentions[-1].end:cue_start].strip():
        return None
    window = masked[max(0, mentions[-1].start - 20):mentions[-1].start]  # bounded: linear time
    return mentions[-1] if _WITH_BEFORE.search(window) else None


def _no_head(phrase: re.Match[str]) -> bool:
    """Whether the words ``_OPENING_PHRASE`` matched are no noun phrase: its head a cue, a pronoun
    or an auxiliary ("The talks did not ..."), or a capitalised word among its modifiers that is
    no nationality ("The Foreign Ministry", a name found as a run; "The North did not", a place)."""
    head = phrase.group(2)
    if head in words("cues") or head in pairs("pronouns") or head in words("auxiliaries"):
        return True
    return any(w[0].isupper() and (not is_demonym(w) or w.lower() in words("compass_words"))
               for w in phrase.group(1).split())


def determiner_phrase(masked: str, text: str, sentence_start: int, cue_start: int) -> Mention | None:
    """ "The book accuses ...", "One attendee, who ..., said": a noun phrase of a determiner
    and lower-case words that opens the sentence is the subject when no mention is. A phrase
    read up to a preposition ends before the verb it follows ("The email [went on] to say")."""
    phrase = _OPENING_PHRASE.match(masked[sentence_start:cue_start])
    if not phrase or _no_head(phrase):
        return None
    modifiers = phrase.group(1).split()
    start, end = sentence_start + phrase.start(), sentence_start + phrase.end()
    if phrase.group(2) in _RELATIVE_PRONOUNS:  # "An officer who declined to be named said": "An officer"
        if not modifiers or modifiers[-1][0].isupper():
            return None
        end = sentence_start + phrase.start(2) - 1
    elif modifiers and _looks_like_verb(phrase.group(2), modifiers[-1]):
        end = sentence_start + phrase.start(2) - 1  # "One such memo [requires] staffers to promise"
    elif phrase_problem(phrase.group(0)):
        kept = phrase.group(0).split()[:-2]
        if len(kept) < 2 or phrase.group(2) == "of":
            return None  # "A great number of [voters]": the noun is after "of"
        end = start + len(" ".join(kept))
    titles = masked[start:end].lower().split()[1:]
    return Mention(start, end, text[start:end], "role", titles=titles, subject_like=True)
