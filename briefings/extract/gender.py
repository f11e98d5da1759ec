"""Which persons of an article "he" and "she" may stand for, read from the article itself.

No list of first names is used: a person's grammatical gender is known when the article writes
an honorific with the name ("Mr. Roe", "Ms. Roe"), or when sentences that open with the name as
subject go on with only "he/his/him" or only "she/her" ("Roe said her plan ..."), at least
twice and twice as often as the other kind. A surname two people bear ("Bill Roe", "Ann Roe")
counts only with the first name written. Unknown stays unknown: a pronoun is then resolved as
before.
"""

from __future__ import annotations

import re
from collections import Counter

from briefings.extract.article import Article
from briefings.extract.lexicon import pairs
from briefings.extract.mention import Mention
from briefings.extract.names import surname_of
from briefings.extract.sentences import Sentence

_PRONOUN = re.compile(r"\b(?:(he|his|him|himself)|(she|her|hers|herself))\b", re.IGNORECASE)
_PERSON_KINDS = ("person", "name1")


class Genders:
    """The genders an article makes plain, by surname (by full name for a shared surname)."""

    def __init__(self, article: Article):
        self._shared = _shared_surnames(article)
        votes: dict[str, Counter[str]] = {}
        for mention in article.mentions:
            if mention.kind in _PERSON_KINDS and mention.gender and mention.name:
                votes.setdefault(self._key(mention.name), Counter())[mention.gender] += 3
        for sentence in article.sentences:
            self._vote_by_pronouns(article, sentence, votes)
        self._known: dict[str, str] = {}
        for key, counts in votes.items():
            (top, n), *rest = counts.most_common() + [("", 0)]
            if key and n >= 2 and n >= 2 * rest[0][1]:
                self._known[key] = top

    def _vote_by_pronouns(self, article: Article, sentence: Sentence, votes: dict[str, Counter[str]]) -> None:
        """A sentence about a person that goes on with only "his" or only "her" is one vote."""
        first = next(iter(article.mentions_between(sentence.start, sentence.end)), None)
        if first is None or not _person_subject(first):
            return
        found = _PRONOUN.findall(article.masked, first.end, sentence.end)
        male, female = any(m for m, _ in found), any(f for _, f in found)
        if male != female:
            votes.setdefault(self._key(first.name), Counter())["m" if male else "f"] += 1

    def _key(self, name: str) -> str:
        surname = surname_of(name)
        if surname in self._shared:
            return name if len(name.split()) >= 2 else ""  # "Roe" alone: which of the two?
        return surname

    def of(self, name: str) -> str:
        """ "m", "f" or "" for a resolved name."""
        return self._known.get(self._key(name), "")


def _person_subject(mention: Mention) -> bool:
    return mention.kind in _PERSON_KINDS and bool(mention.name) and not mention.possessive


def _shared_surnames(article: Article) -> set[str]:
    """Surnames that two people of the article bear ("Bill Roe", "Ann Roe")."""
    first_names: dict[str, set[str]] = {}
    for mention in article.mentions:
        tokens = mention.name.split()
        if mention.kind == "person" and len(tokens) >= 2:
            first_names.setdefault(surname_of(mention.name), set()).add(tokens[0])
    return {surname for surname, firsts in first_names.items() if len(firsts) > 1}


def pronoun_gender(surface: str) -> str:
    """ "m" for he/his/him, "f" for she/her, "" for any other pronoun."""
    match = _PRONOUN.fullmatch(surface)
    if not match:
        return ""
    return "m" if match.group(1) else "f"


def noun_gender(mention: Mention) -> str:
    """ "m" or "f" for a role phrase whose head noun tells it ("the woman", "his wife", "the
    congressman"), else "": "he" never stands for "the woman" just before it."""
    words = mention.surface.lower().split()
    return pairs("gendered_nouns").get(words[-1], "") if mention.kind == "role" and words else ""
