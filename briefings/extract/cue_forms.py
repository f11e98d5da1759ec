"""Forms of a reporting word that report no speech, or whose "by" names no speaker.

Wire copy puts reporting words where nothing was said by the word's subject:

- a verb after "to" or a modal ("told reporters that Japan would continue to respond 'calmly'")
  says what someone will or should do, and a negated one ("Comey cannot say that '...,'
  Lewandowski added") what someone did not say; the speech is the main clause's;
- a participle after a noun, with "by" ("the sanctions announced by Washington were 'a step'")
  describes the noun; "Washington" said none of the quoted words;
- "X was quoted as saying by Interfax": "by" names the relay, and the speaker is X, the
  subject of "was quoted";
- a plural noun of speech after a verb or adjective in "-ed", with "by" ("Islamabad rejected
  remarks by the Indian minister as '...'"): "remarks" is the object, not a verb, and the
  quote is what the main clause's subject calls those words, not the minister's.

Some words are cues only in a form: "shot back", "fired back", "hit back" answer a critic
(``answered_back``); "the note says", "her March comment that", "the senator's comments" are
nouns after a determiner (and a date) or a possessive (``noun_after_determiner``).

The first two only set a cue aside when the sentence has another one (``reading``): a sentence
whose only cue is "will say" still reports prepared remarks.
"""

from __future__ import annotations

import re

from briefings.extract.lexicon import words

# patterns compiled once (pysbd fills the re module cache with its own)
# "Will urged" stays a name; "cannot say", "did not say", "didn't say": no speech either
_TO_OR_MODAL = re.compile(r"(?:\b(?:to|would|will|could|should|might|may|must|can|cannot|not|never)|n['’]t)\s+$")
_NOUN_PARTICIPLE = re.compile(r"\b(?!(?:was|were|is|are|be|been|being|has|have|had)\b)[a-z]+\s+$")
_BY = re.compile(r"\s+by\s")
_QUOTED_AS = re.compile(r"\b(?:quoted|cited)\s+as\s+$")
_ED_WORD_BEFORE = re.compile(r"\b[a-z]+ed\s+$")
# "by X as '...'", "by X on Y, terming them '...'": what the subject calls X's words ("claims by X
# that '...'" are X's own)
_BY_THEN_AS = re.compile(r"\s+by\s[^\"“‘.;:!?]{1,120}?(?:\sas|,\s+(?:terming|calling|describing|dubbing|branding|"
                         r"labell?ing)\s+(?:them|it)(?:\s+as)?)\s+[\"“‘']")
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|this|that|our|my|your)|\w['’]s|\ws['’])\s+$",
                          re.IGNORECASE)  # "the senator's comments", "the Clintons' claims": nouns
# "her March comment that", "his 2012 remark": a date between the determiner and the noun
_DATED_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|its|their|this|that|our|my|your)\s+(\w+)\s+$",
                                re.IGNORECASE)
_BACK_VERBS = {"shot", "shoots", "fired", "fires", "hit", "hits"}
_BACK = re.compile(r"\s+back\b")


def answered_back(word: str, segment: str, end: int) -> bool:
    """ "Hillary shot back, '...'": a verb that answers a critic with "back" is a reporting cue."""
    return word in _BACK_VERBS and _BACK.match(segment, end) is not None


def noun_after_determiner(segment: str, at: int) -> bool:
    """ "the note says", "her March comment that", "the senator's comments do not": after a
    determiner (and a date) or a possessive, a noun."""
    if _NOUN_BEFORE.search(segment, 0, at):
        return True
    dated = _DATED_NOUN_BEFORE.search(segment, max(0, at - 30), at)
    return dated is not None and (dated.group(1).lower() in words("calendar") or
                                  (dated.group(1).isdigit() and len(dated.group(1)) == 4))


def reports_no_speech(masked: str, start: int, end: int) -> bool:
    """Whether the cue word at ``masked[start:end]`` reports no speech of its subject: a verb
    after "to", a modal or a negation, or a participle ending in "-ed" between a noun and "by"."""
    before = masked[max(0, start - 20):start]
    if _TO_OR_MODAL.search(before):
        return True
    word = masked[start:end].lower()
    return word.endswith("ed") and _BY.match(masked, end) is not None and \
        _NOUN_PARTICIPLE.search(before) is not None


def quoted_as(masked: str, start: int) -> bool:
    """ "X was quoted as saying by Y": the cue at ``start`` follows "quoted as" or "cited as",
    so a "by" after it names whoever relays X's words, not the speaker."""
    return _QUOTED_AS.search(masked[max(0, start - 20):start]) is not None


def noun_after_participle(masked: str, start: int, word: str) -> bool:
    """Whether the cue word ``word`` at ``start`` is a plural noun of speech ("remarks",
    "comments", "claims") right after a lower-case word in "-ed", with "by X as" (or "by X …,
    terming them") and a quote after it ("rejected remarks by X as '...'"): after a past verb
    or an adjective a verb in "-s" cannot stand, and the "by" would otherwise name X as the
    speaker of what the subject calls X's words."""
    return word.endswith("s") and word in words("speech_nouns") and \
        _BY_THEN_AS.match(masked, start + len(word)) is not None and \
        _ED_WORD_BEFORE.search(masked[max(0, start - 24):start]) is not None
