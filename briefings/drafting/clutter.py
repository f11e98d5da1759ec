"""What in an article is not the story: the outlets that relay it, datelines, photo credits
and the rest of the page around the text.

A news agency relays words; it is never a party, a speaker, a key point or a consequence of
a draft. Wire copy opens with a dateline ("MOSCOW, December 14. /TASS/." or "ANKARA (AA) -")
that must not start a key point, and a scraped page carries credits, share buttons and
captions that are not sentences of the article at all.
"""

from __future__ import annotations

import re
from functools import cache
from importlib.resources import files

from briefings.paragraphs import joined


@cache
def _outlets() -> re.Pattern[str]:
    text = files(__package__).joinpath("data/outlets.txt").read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def is_outlet(name: str | None) -> bool:
    """Whether ``name`` is (or names) a news outlet or agency that relays what others say."""
    return bool(name) and _outlets().search(str(name)) is not None


#: "MOSCOW, December 14. /TASS/." "WASHINGTON (Reuters) -" "Ankara, Dec. 14 (AA) —" "ARABS-UN:" at the start
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Za-z.'’ -]{1,40}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\.?)?\s*"
    r"(?:/\s*[A-Za-z-]+\s*/\.?|\((?:[A-Za-z .'-]{2,30})\)\s*[-–—:])\s*[-–—:.]*\s*"  # "(AP)" then a dash
    r"|^\s*[A-Z][A-Z .'’-]{2,40},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,?\s+\d{4})?\s*[-–—:.]+\s*"
    r"|^\s*[A-Z]{2,}(?:[ -][A-Z]{2,})*:\s+(?=[A-Z])")  # a place or desk label: "FRANCE: France and …"
#: the agency inside a dateline: "/TASS/", "(Reuters)", "(AA)"
_AGENCY = re.compile(r"/\s*([A-Za-z-]+)\s*/|\(([A-Za-z .'-]{2,30})\)")
#: lines of a page that are not the article's sentences
_FURNITURE = re.compile(
    r"^\s*(?:photo|photograph|image|picture|file photo|credit|caption|video|watch|read more|read also|"
    r"see also|related|advertisement|share|follow us|subscribe|copyright|all rights reserved|©|"
    r"back to top|skip to|printer friendly|print this)\b"
    r"|https?://|www\.|\S+@\S+\.\w+|^\s*/[A-Za-z-]+/\.?\s*$",
    re.IGNORECASE)
#: where a sentence ends: after a stop, and after the closing mark of a quote that ends with one
#: ('… are met." He added'), which stays with its sentence
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z])")


def split_sentences(text: str) -> list[str]:
    """The sentences of a line of the article, each ending at its stop or at the closing mark of
    the quote that ends it (one rule for key points, the timeline and candidate consequences)."""
    return _SENTENCE_END.split(text)


def dateline_agency(text: str) -> str | None:
    """The agency a wire dateline names ("MOSCOW, March 3. /TASS/.", "OSLO (Reuters) -") in the
    first lines of ``text``, as written; None without one."""
    for line in [line for line in text.splitlines() if line.strip()][:4]:
        dateline = _DATELINE.match(line)
        agency = _AGENCY.search(dateline.group()) if dateline else None
        if agency:
            return (agency.group(1) or agency.group(2)).strip()
    return None


def strip_dateline(sentence: str) -> str:
    """``sentence`` without a wire dateline at its start."""
    return _DATELINE.sub("", sentence, count=1).strip()


def is_furniture(line: str) -> bool:
    """Whether a line of the page is clutter: a credit, a caption, a link, a bare agency tag."""
    return _FURNITURE.search(line) is not None


def article_paragraphs(text: str) -> list[str]:
    """The article's paragraphs on one line each: hard-wrapped lines (mail, plain-text wire copy)
    joined as the extractor joins them (:mod:`briefings.paragraphs`), blank ones left out."""
    return joined(text)


def first_paragraph(text: str) -> str | None:
    """The article's first paragraph (its headline, or its lead where it has none), on one line."""
    return next(iter(article_paragraphs(text)), None)


def headline(text: str) -> str | None:
    """The article's first paragraph when it is a headline: wire copy that opens with its
    dateline ("SEOUL, Jan. 12 (Yonhap) -- ...") starts with its lead sentence, not a headline."""
    found = article_paragraphs(text)
    if len(found) < 2 or _DATELINE.match(found[0]):
        return None
    return found[0]


def story_sentences(text: str, *, min_words: int = 8) -> list[str]:
    """The article's own sentences in order: the headline, page furniture and datelines left
    out, and only sentences of at least ``min_words`` words."""
    found: list[str] = []
    lines = article_paragraphs(text)
    for line in lines[1:] if headline(text) else lines:
        if is_furniture(line):
            continue
        for sentence in split_sentences(strip_dateline(line)):
            sentence = strip_dateline(sentence)
            if len(sentence.split()) >= min_words and not is_furniture(sentence):
                found.append(sentence)
    return found
