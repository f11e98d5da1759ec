"""Is an article already archived? The same URL, the same bytes, or the same story on another
site (a wire story republished): near-duplicates are found with rapidfuzz on the texts as they
read (:func:`briefings.validation.provenance.comparable`)."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from rapidfuzz import fuzz

from briefings.ingest.article import Article
from briefings.textfold import comparable

#: Two article bodies at least this similar (0-100, rapidfuzz ratio) are one story.
NEAR_DUPLICATE = 90.0


def canonical_url(url: str) -> str:
    """The URL without its fragment, with a lower-case scheme and host."""
    parts = urlsplit(url.strip())
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))


def _body(text: str) -> str:
    """The words as they read: zero-width characters and lookalike letters cannot make a
    republished story look new."""
    return comparable(text).lower()


def duplicate_of(article: Article, folder: Path, sources: list[Any]) -> str | None:
    """The id of the archived source ``article`` duplicates, or None."""
    digest = hashlib.sha256(article.archived_text().encode()).hexdigest()
    url = canonical_url(article.url) if article.url else None
    body = _body(article.text)
    for source in sources:
        if source.get("sha256") == digest or (url and source.get("url")
                                              and canonical_url(str(source["url"])) == url):
            return str(source.get("id"))
    for source in sources:
        try:
            archived = (folder / str(source.get("text"))).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        archived_body = _body(archived.split("\n\n", 1)[-1])
        if fuzz.ratio(body, archived_body, score_cutoff=NEAR_DUPLICATE):
            return str(source.get("id"))
    return None
