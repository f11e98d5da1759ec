"""Names to their fullest form: which written form of a person's name a speaker gets.

News style names a person in full once and by surname after, so a surname resolves to the best
full form of it in the article (:func:`fullest_names`), and a two-word name that is always
written in full and never by its surname alone is taken for an organisation's
(:func:`names_used_like_organisations`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from briefings.extract.clause import turn_label
from briefings.extract.lexicon import union, words
from briefings.extract.mention import Mention
from briefings.extract.names import NAME_SUFFIXES, PATRONYMICS, surname_of
from briefings.extract.shape import hyphened_particle, is_descriptor

if TYPE_CHECKING:
    from briefings.extract.article import Article

_PARTICIPLE_OR_COMPOUND = re.compile(r"[A-Z][a-z]{3,}(?:ed|ing)|.*-[a-z].*|.*['’\"”]")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def name_key(name: str) -> str:
    """A name as compared: case and accents folded ("Lajčák" and "Lajcak" are one surname)."""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fullest_names(persons: list[Mention]) -> dict[str, str]:
    """Each surname (case-folded) → the best full form of it among ``persons`` (in text
    order; of two equally good forms, the first). A surname joined to its particle by a hyphen
    is found without it too, as news shortens it ("al-Ansari" → "Ansari said"), unless another
    person has that surname."""
    counts: dict[str, int] = {}
    for person in persons:
        counts[person.name] = counts.get(person.name, 0) + 1
    fullest: dict[str, str] = {}
    for person in persons:
        surname = name_key(surname_of(person.name))
        best = fullest.get(surname, "")
        fuller = _fullness(person.name, counts)
        if (_extends(person.name, best) and fuller[1]) or (
                not _extends(best, person.name) and fuller > _fullness(best, counts)):
            fullest[surname] = person.name
    for surname, name in list(fullest.items()):  # "Ansari said" after "Majed al-Ansari"
        particle, _, bare = surname.partition("-")
        if bare and particle in words("name_particles") and hyphened_particle(surname_of(name)):
            fullest.setdefault(bare, name)
    return fullest


def headline_run(article: Article, person: Mention) -> bool:
    """Whether a person's name is a headline's capitalised run that holds a word the article
    writes in lower case elsewhere ("Valdonia Rejects Brel", "Hacker Roe"): no one's full
    name. A headline's "Tomas Brel" stays a name."""
    return in_headline(article.masked, person.start) and \
        any(word.lower() in article.vocabulary - words("name_particles") for word in person.name.split())


def in_headline(text: str, pos: int) -> bool:
    """Whether ``pos`` lies on a headline: a line of four words or more whose every word of four
    letters or more is capitalised ("Valdonia Rejects Brel's Offer On Quotas"); prose never
    capitalises its verbs and nouns."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    found = _LINE_WORD.findall(line)
    long = [w for w in found if len(w) >= 4]
    return len(found) >= 4 and len(long) >= 3 and all(w[:1].isupper() for w in long)


def family_name_first(fullest: dict[str, str], titled: set[str]) -> dict[str, str]:
    """Each first word (case-folded) of exactly one titled person's full name → that name, unless
    it is also a surname: "Li" → "Li Wanfen" where no one is called "... Li" (a titled "Judge
    Li", written alone, is no such one)."""
    firsts: dict[str, set[str]] = {}
    for name in set(fullest.values()) & titled:
        words = name.split()
        if len(words) >= 2 and words[0][:1].isupper():
            firsts.setdefault(words[0].casefold(), set()).add(name)
    return {first: next(iter(names)) for first, names in firsts.items()
            if len(names) == 1 and " " not in fullest.get(first, "")}  # "Judge Sato" alone is no surname


def opening_names(fullest: dict[str, str], titled: set[str]) -> dict[str, str]:
    """The first words (two or more, case-folded) of exactly one titled person's longer full name
    → that name: "Kham Phoui" of "Kham Phoui Sisavath" (a Lao given name of two words),
    "Mohammed bin Zayed" of "Mohammed bin Zayed Al Nahyan". The rest may not be suffixes only
    ("Jr"), and the opening's last word may not be another person's surname ("Anna Berg" of
    "Anna Berg Lund" where "Lars Berg" is named; with none, a given name and the first of two
    surnames)."""
    openings: dict[str, set[str]] = {}
    for name in set(fullest.values()) & titled:
        tokens = name.split()
        while len(tokens) > 1 and tokens[-1].lower().rstrip(".") in NAME_SUFFIXES:
            tokens = tokens[:-1]
        for size in range(2, len(tokens)):
            if tokens[size - 1].lower() not in words("name_particles"):
                openings.setdefault(" ".join(tokens[:size]).casefold(), set()).add(name)
    return {opening: next(iter(names)) for opening, names in openings.items()
            if len(names) == 1 and may_abbreviate(fullest.get(name_key(opening.split()[-1]), ""), next(iter(names)))}


def inner_names(fullest: dict[str, str], titled: set[str]) -> dict[str, str]:
    """Each inner word or run of words (case-folded) of exactly one person's full name of three
    words or more → that name, unless it is also another person's surname: "Lula" → "Luiz Inácio
    Lula da Silva" (the name he goes by is neither the first nor the last), "López" of "Andrés
    Manuel López Obrador", "Pérez de Cuéllar" of "Jorge Luis Pérez de Cuéllar Soto". The person
    is titled, or has four name words (two given names and two surnames: "María Fernanda Castillo
    Peña ... Castillo said"). Particles ("da", "bin") are no names; a surname written with its
    particles ("de la Fuente" of "Juan Ramón de la Fuente Hernández") may be the shortened form."""
    inner: dict[str, set[str]] = {}
    for name in set(fullest.values()):
        words_ = name.split()
        if name in titled or sum(w.lower() not in words("name_particles") for w in words_) >= 4:
            for span in _inner_spans(words_):
                inner.setdefault(span.casefold(), set()).add(name)
    return {span: next(iter(names)) for span, names in inner.items()  # "de la Fuente" shortens the name
            if len(names) == 1 and may_abbreviate(fullest.get(name_key(span.split()[-1]), ""), next(iter(names)))}


def _inner_spans(words_: list[str]) -> list[str]:
    """The runs of a name's inner words that open and end with a capitalised word, not a particle.
    None opens right after "bin", "ibn" or "bint": that is the father's name, never the person's
    ("Sheikh Mohammed" went to "Majed bin Mohammed Al-Ansari", 0.99)."""
    def named(word: str) -> bool:
        return word[:1].isupper() and len(word) > 2 and word.lower() not in words("name_particles")
    inner = words_[1:-1]
    return [" ".join(inner[i:j + 1]) for i in range(len(inner)) for j in range(i, len(inner))
            if named(inner[i]) and named(inner[j]) and words_[i].lower() not in PATRONYMICS]


def without_particles(name: str) -> str:
    """A name without the particles that open it: "de la Fuente" → "Fuente", the word a Spanish
    double surname is shortened to, and "Abu Hamdan" → "Hamdan", found inside the full name
    (:func:`inner_names`)."""
    tokens = name.split()
    while len(tokens) > 1 and tokens[0].lower() in words("name_particles"):
        tokens = tokens[1:]
    return " ".join(tokens)


def may_abbreviate(name: str, fuller: str) -> bool:
    """Whether ``name`` may be a shorter form of ``fuller``: a one-word name may be anyone's
    surname, and a longer one only holds words of the fuller form, in its order ("Jorge Ruiz"
    of "Jorge Alberto Ruiz"). "Anna Kostina" is another person than "Yelena Kostina": news
    writes two people of one family each by their own given name."""
    words = name_key(name).split()
    if len(words) < 2:
        return True
    remaining = iter(name_key(fuller).split())
    return all(word in remaining for word in words)


def _extends(name: str, shorter: str) -> bool:
    """ "Dominique de Villepin" extends "de Villepin", "Ursula von der Leyen" extends "Von der
    Leyen": the longer form ends with every word of the shorter one (any case), and opens with
    a capital, so it is the name the shorter one abbreviates, however often each is written."""
    words, tail = name.casefold().split(), shorter.casefold().split()
    return bool(tail) and len(words) > len(tail) and words[-len(tail):] == tail and name[:1].isupper()


def _fullness(name: str, counts: dict[str, int]) -> tuple[bool, bool, int, int]:
    """How good a full form of a name is: of two words or more; not opening with a party label
    or nationality, nor with a participle or compound adjective of a headline ("Understated
    Roe wins", "'Thin-skinned' Roe"); written more often (a stray "New Hampshire Roe"
    loses to the name the article uses); longer."""
    tokens = name.split()
    plain = bool(tokens) and not (is_descriptor(tokens[0]) and len(tokens) > 2) and \
        not (len(tokens) > 1 and _PARTICIPLE_OR_COMPOUND.fullmatch(tokens[0])) and \
        not any(t.lower() in _headline_words() for t in tokens)
    return (len(tokens) > 1, plain, counts.get(name, 0), len(name))


@cache
def _headline_words() -> frozenset[str]:
    """Words that a name only holds when it runs on into a headline written in title case
    ("Response To Roe", "Glenn Roe Says Cole", "And Ann Roe"): prepositions, "and", cues."""
    return union("prepositions", "cues") | {"and", "or", "the"}


def names_used_like_organisations(article: Article) -> set[str]:
    """Two-word names always written in full and never by a surname alone: news style names a
    person in full once and by surname after, so such a name is an organisation."""
    full: dict[str, int] = {}
    single: set[str] = set()
    for mention in article.mentions:
        if turn_label(article.masked, mention):
            single.add(mention.name.split()[-1])  # "Mao Ning:" labels each turn of a transcript in full
        if mention.kind == "person" and len(mention.name.split()) >= 2 and not mention.titles and \
                mention.name[:1].isupper():  # "de Villepin" is a surname with its particle
            full[mention.name] = full.get(mention.name, 0) + 1
        elif mention.kind == "name1":
            single.add(mention.name)
    return {name for name, count in full.items() if count >= 2 and name.split()[-1] not in single}
