"""A group named by a plural role noun with no determiner: "officials said", "Senior officials
said", "Western diplomats told", "Analysts at the bank said".

Without it the noun was no mention at all, so "The ministry was silent, but officials said …"
went to the ministry and "Senior officials said" to a person called "Senior"; at the start of a
sentence the capitalised noun ("Analysts said") was taken for a one-word name. A group is a
role mention, like "the officials"; a nationality before it ("Pakistani officials") is read by
the mention finder itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from briefings.extract.lexicon import union

#: words that count people rather than describe them: the group starts after them ("some
#: officials": as openers of a group they gave the PolNeAR development part two wrong names)
_QUANTIFIERS = frozenset({"some", "many", "most", "few", "other", "all", "both", "more", "several"})

#: a modifier of a group with no determiner: an adjective by its ending, or a noun used as one
#: ("security officials"); any other word ("requires staffers") is no part of a group
_ADJECTIVE_ENDING = re.compile(r"[a-z]+(?:al|ic|ish|ese|an|ior|ive|ary|ist|ern)")
_NOUN_MODIFIERS = frozenset(
    "senior top local former current foreign security intelligence government military police "
    "health state federal party defense defence opposition rebel election campaign union industry "
    "trade administration independent".split())

Word = tuple[int, int, str]


@cache
def _plural_heads() -> frozenset[str]:
    """Plural role nouns: a word of the role lists whose singular is one too ("officials",
    "witnesses"; not "boss" or "affairs")."""
    nouns = union("role_nouns", "anonymous")
    return frozenset(w for w in nouns if w.endswith("s") and (w[:-1] in nouns or w[:-2] in nouns))


def is_group(label: str) -> bool:
    """Whether ``label`` is a plural role noun ("Analysts", "officials"): a group, never a
    person or a body."""
    return label.lower() in _plural_heads()


def group_heads(words: list[Word]) -> bytearray:
    """For every word of the article, whether it is a plural role noun: found once, so that
    :func:`bare_group` is tried only where one is at most two words ahead."""
    heads = _plural_heads()
    return bytearray(word.lower() in heads for _, _, word in words)


def bare_group(words: list[Word], i: int, masked: str, modifier: Callable[[str, str], bool],
               opens_sentence: bool) -> tuple[int, int, list[str]] | None:
    """The group that word ``i`` opens, as (start, end, its words in lower case), or None: a
    plural role noun, after at most two modifiers in lower case ("senior", "western";
    ``modifier(low, word)`` says which words may be one; the first may be capitalised where it
    opens the sentence: "Senior officials said"), each joined to the next by one space."""
    heads = _plural_heads()
    phrase: list[str] = []
    for j in range(i, min(i + 3, len(words))):
        if j > i and masked[words[j - 1][1]:words[j][0]] != " ":
            return None
        word = words[j][2]
        low = word.lower()
        if low in heads and (word == low or (j == i and opens_sentence)):
            return words[i][0], words[j][1], [*phrase, low]
        written = low if j == i and opens_sentence else word
        if low in _QUANTIFIERS or not modifier(low, written) or not (
                low in _NOUN_MODIFIERS or _ADJECTIVE_ENDING.fullmatch(low)):
            return None
        phrase.append(low)
    return None
