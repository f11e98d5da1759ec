"""The speaker-shape rule: what may be a speaker at all.

A capitalised run of words is a candidate name; this rule refuses what only looks like one — a
lone descriptor ("Democratic", "Russian"), an adverb or another common word that merely opens
a sentence, a participle or gerund ("Led by", "Speaking to"), a compound adjective
("Kremlin-backed"), a contraction, a state or party-state code ("Mo.", "D-Mo."), an initial or a
fragment of a name ("S. Republican"). An acronym ("WHO") is never taken for a common word.
A phrase that ends in a preposition, an article or an auxiliary ("The great majority of",
"The remarks came in", "Her claims were") was cut before its noun and is no speaker either.
"""

from __future__ import annotations

import re
from functools import cache

from briefings.extract.actors import country_or_organisation
from briefings.extract.lexicon import pairs, union, words

_NOUN_BEFORE_NAME = re.compile(r" ([a-z][a-z-]*)(?: [a-z][a-z-]*)? [A-Z]")  # " wrestler Deniz", " chess player Ana"

# patterns compiled once (pysbd fills the re module cache with its own)
_INITIAL = re.compile(r"[A-Z]\.?")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
_ELIDED_PARTICLE = re.compile(r"d['’][A-Z]")  # "d'Alessandro"


DETERMINERS = {"the", "another", "a", "an", "his", "her", "its", "their", "our", "one", "both",
               # a number or a quantity of people: "two officials said", "several diplomats told"
               "two", "three", "four", "five", "six", "several"}
_STATE_CODE = re.compile(r"(?:[DRI]-)?(?:[A-Z][a-z]{0,4}\.)+(?:[A-Z][a-z]{0,4}\.?)?")
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][\w.]*")
_POSSESSIVE = re.compile(r"['’]s$")
_CONTRACTION = re.compile(r"['’](?:m|re|ve|ll|d)$|n['’]t$", re.IGNORECASE)


# words a noun phrase never ends in: a phrase cut there lost its noun ("the majority of")
_PHRASE_TAIL_EXTRA = {"the", "a", "an", "and", "or", "that", "is", "are", "was", "were", "be",
                      "been", "has", "have", "had", "will", "would"}


def phrase_problem(phrase: str) -> str | None:
    """Why a phrase of several words cannot be a speaker: it ends in a word no noun phrase
    ends in, so it was cut before its noun."""
    last = phrase.split()[-1].lower() if phrase.split() else ""
    if last in _PHRASE_TAIL_EXTRA or last in words("prepositions"):
        return "a phrase cut before its noun"
    return None


def is_descriptor(word: str) -> bool:
    """A party label or nationality ("Republican", "Russian"), any case."""
    return word.lower().rstrip(".,") in words("descriptors")


def is_demonym(word: str) -> bool:
    """A nationality adjective from the demonym table ("Pakistani", "Dutch", "Kenyan"), capitalised."""
    bare = word.rstrip(".,")
    return bare[:1].isupper() and bare.casefold() in _demonym_keys()


@cache
def _demonym_keys() -> frozenset[str]:
    return frozenset(key.casefold() for key in pairs("demonyms"))


def is_not_name(word: str) -> bool:
    """A function or time word that never begins a name; an acronym ("WHO") is never one."""
    bare = _POSSESSIVE.sub("", word.rstrip(".,"))
    if len(bare) > 1 and bare.isupper():
        return False
    return bare.lower() in words("not_names") or bare.lower() in words("calendar") and bare != "May"


def shape_problem(name: str, *, opens_sentence: bool = False,
                  vocabulary: frozenset[str] = frozenset(), next_word: str = "") -> str | None:
    """Why ``name`` cannot be a speaker, or None when it can.

    ``opens_sentence`` says the name is the first word of its sentence; then a single word is
    also refused when the article writes it in lower case elsewhere (``vocabulary``: "Clearly",
    "Officials"), when it has the form of an adverb ("Shortly"), or when it is a participle
    followed by a preposition, a determiner, a number or a comma (``next_word``: "Led by",
    "Boasting a"; "Reed has said" keeps its name), or a gerund before any other lower-case word
    than a verb of saying or an auxiliary ("Surveying rust-belt towns").
    """
    tokens = name.split()
    problem = _token_problem(name, tokens)
    if problem:
        return problem
    first = tokens[0]
    if first.islower() and first.endswith("ing"):
        return "a gerund phrase"
    if len(tokens) > 1:
        return phrase_problem(name)
    problem = _word_problem(first)
    if problem or not opens_sentence:
        return problem
    return _opening_word_problem(first, vocabulary, next_word)


def _token_problem(name: str, tokens: list[str]) -> str | None:
    """A name with no words, a state code, only initials, or only descriptors and common words."""
    if not tokens:
        return "empty"
    if _PARTY_STATE.fullmatch(name) or (len(tokens) == 1 and _STATE_CODE.fullmatch(name)):
        return "a state or party-state code"
    content = [t for t in tokens if not _INITIAL.fullmatch(t)]
    if not content:
        return "an initial"
    if all(is_descriptor(t) or is_not_name(t) for t in content):
        return "a descriptor or common word, not a name"
    return None


def hyphened_particle(word: str) -> bool:
    """ "al-Vasseri", "el-Tarabi", "bin-Qasar": a name particle joined to a name by a hyphen;
    "d'Alessandro", "d’Arcy": the elided "de" joined by an apostrophe."""
    particle, _, rest = word.partition("-")
    return rest[:1].isupper() and particle in words("name_particles") or _ELIDED_PARTICLE.match(word) is not None


_TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "PKT", "JST", "KST", "HKT",
                         "SGT", "AEST", "AEDT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT"})


def _word_problem(word: str) -> str | None:
    """What makes one word, wherever it stands, something other than a name."""
    bare = _POSSESSIVE.sub("", word)
    if bare in _TIME_ZONES:
        return "a time zone"  # a live blog's "14:15 GMT - '...'"
    if len(bare) > 1 and bare.isupper():
        return None  # an acronym
    if bare[:1].islower() and not hyphened_particle(bare):  # "al-Khatib said" is a name
        return "a common word"
    if "-" in bare and bare.rsplit("-", 1)[1][:1].islower():
        return "a compound adjective"
    if _CONTRACTION.search(bare):
        return "a contraction"
    return None


def _adverb(lower: str) -> bool:
    """Shaped like an adverb: "Finally", "Usually", not "Kelly" nor "Emily"."""
    return len(lower) > 4 and lower.endswith("ly") and (
        lower.endswith(("ally", "ully")) or not lower.endswith(("lly", "ily")))


def _opening_word_problem(word: str, vocabulary: frozenset[str], next_word: str) -> str | None:
    """What makes a single capitalised word that opens a sentence a common word."""
    lower = _POSSESSIVE.sub("", word).lower()
    if lower in vocabulary:
        return "a common word that opens a sentence"
    if _adverb(lower) and not country_or_organisation(word):  # "Italy, France and Germany said"
        return "an adverb"
    participle = len(lower) > 2 and lower.endswith(("ing", "ed"))
    if participle and (next_word == "," or next_word[:1].isdigit() or
                       next_word in union("prepositions") | DETERMINERS):
        return "a participle"
    if next_word in ("the", "a", "an"):
        return "an imperative verb"  # "Read the latest updates below:", "Watch the video"
    if len(lower) > 5 and lower.endswith("ing") and next_word[:1].islower() and \
            next_word not in union("cues", "skippable"):
        return "a gerund"  # "Surveying rust-belt towns, X ...", but "Fleming has said"
    return None


def lower_vocabulary(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case somewhere (common words, for the shape rule)."""
    return frozenset(m.group() for m in _LOWER_WORD.finditer(text))


def nationality_word(word: str, after: str, *, after_article: bool) -> bool:
    """A nationality that is no one's name: after an article ("an Eritrean exile", "the Turk")
    or before one or two lower-case words and a name (``after``, the text after the word:
    "Georgian wrestler Deniz Aral said" was read as the subject `Georgian`, 0.95). A one-word name
    before a verb stays a name ("Cuban said", "Cuban also said", "Cuban told Trump")."""
    if not (is_demonym(word) or word in pairs("nationality_nouns")):
        return False
    noun = _NOUN_BEFORE_NAME.match(after)
    return after_article or noun is not None and noun.group(1) not in union("cues", "auxiliaries")
