"""A plural role that stands for governments the article listed with it: "The foreign ministers
of Egypt, Jordan and Qatar met in Cairo. … '…,' the ministers said in a joint statement."

The label "the ministers" names no one, so its party was unstated though the article had just
said whose ministers they are. The party is read from the latest "<role> of <A, B and C>" with
the same plural head before the quote, as a joint statement's is: the countries joined in the
article's order (ANNOTATION_NOTES, party rule 3). A list that holds anything but countries
("the Foreign Ministers of Canada … and the High Representative of the European Union") gives
none, as a group of mixed actors does.
"""

from __future__ import annotations

import re

from briefings.extract.article import Article
from briefings.extract.labels import party_of_body

_NAME = r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*"  # "the United States of America"
# the list ends there: not ", and the High Representative of ...", nor " of America", after it
_LIST_END = r"(?![\w'’-])(?!,?\s+and\s)(?!\s+of\s)"
_LIST_AFTER_OF = r"\s+of\s+(" + _NAME + r"(?:,\s+" + _NAME + r")*,?\s+and\s+" + _NAME + r")" + _LIST_END
_REACH = 2000  # characters read back for the list


def listed_party(article: Article, label: str, before: int) -> tuple[str, str] | None:
    """The countries the latest "<head> of A, B and C" before ``before`` lists, for the plural
    label ``label`` ("ministers"), and the words read; None where there is none."""
    head = label.split()[-1] if label else ""
    if len(head) < 3 or not head.endswith("s") or not head.isalpha():
        return None
    pattern = re.compile(rf"\b(?i:{head}){_LIST_AFTER_OF}")
    found = list(pattern.finditer(article.masked, max(0, before - _REACH), before))
    if not found:
        return None
    phrase = f"{head} of {found[-1].group(1)}"
    party, why = party_of_body(phrase)
    if party is None or "lists them" not in (why or ""):
        return None
    return party, f"{label!r} are the {phrase!r} the article names before"
