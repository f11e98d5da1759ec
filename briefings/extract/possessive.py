"""Quotes introduced by a possessive and a noun of speech: "her remark that '...'".

"The senator's call for '...'", "his warning that '...'", "in the governor's view, '...'": the
words belong to the possessor. The possessor is a name ending in 's (a mention the finder
already has) or a possessive pronoun (his, her, their, its), which is resolved like the
subject pronoun it stands for.
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.lexicon import words
from briefings.extract.mention import Mention
from briefings.extract.sentences import Sentence

# the possessive, up to three modifiers (a date may be one: "her March remark"), the noun of
# speech, then a linking word (and a comma: "her comment that, '...'") or a comma or colon,
# maybe after "was" ("Roe's response was: '...'", "his reply was blunt: '...'"): the noun
# introduces the quote ("his call for '...'"), it is not its subject ("said Roe's comments
# 'have spread widely'")
_INTRODUCTION = re.compile(
    r"\b([Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w'’.-]*['’]s?)\s+(?:[\w-]+\s+){0,3}?([a-z]+)"
    r"(?:\s+(?:that|of|for|about|to|on)\s*,?\s*|(?:\s+(?:was|is)(?:\s+[a-z]+)?)?\s*[,:]\s*)[\"“'‘]*$")
_REACH = 90  # characters before the quote in which the introduction must end
POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "its": "it"}


def possessive_speaker(article: Article, sentence: Sentence, quote_start: int) -> Mention | None:
    """The possessor of the noun of speech that introduces the quote at ``quote_start``."""
    start = max(sentence.start, quote_start - _REACH)
    found = _INTRODUCTION.search(article.masked, start, quote_start)
    if found is None or found.group(2) not in words("speech_nouns"):
        return None
    owner = found.group(1)
    if owner.lower() in POSSESSIVE_PRONOUNS:  # "His verdict: '…'" opens its sentence too
        return Mention(found.start(1), found.end(1), article.text[found.start(1):found.end(1)],
                       "pronoun", name=POSSESSIVE_PRONOUNS[owner.lower()], subject_like=True)
    for mention in article.mentions_before(found.end(1) + 1, 3):
        if mention.end >= found.end(1) - 2 and (mention.possessive or mention.antecedent is not None):
            return mention.antecedent or mention
    return None
