"""Press-conference transcripts: a question's paragraph ("Q: The US secretary of state said
China 'must stop …'. How do you respond?") reports other people's words to the one who answers.

A quote with no cue of its own inherits the latest attribution. In a transcript the latest one
was often the person the question names ("Q: … spokeswoman X said Manila would protest. Your
comment? A: '…'"), so the answer went to X (0.98), a confident wrong name. Words reported in a
question's paragraph are still given to their speakers, but they are never what a later quote
inherits: the answer goes to whoever answered before.

A question's paragraph opens with "Q:", "Q.", "Question:" or "Q -" (any case), as transcripts
of ministries and agencies write them.
"""

from __future__ import annotations

import re

from briefings.extract.article import Article

_QUESTION = re.compile(r"[ \t]*(?:Q|Question)[ \t]*[:.\-–—]", re.IGNORECASE)
_MEMO = ("question paragraphs",)


def in_question(article: Article, pos: int) -> bool:
    """Whether ``pos`` lies in a paragraph that opens with a question label."""
    if _MEMO not in article.memo:
        starts = article.layout.paragraph_starts
        article.memo[_MEMO] = frozenset(index for index, start in enumerate(starts)
                                        if _QUESTION.match(article.text, start))
    return article.paragraph_of(pos) in article.memo[_MEMO]
