"""An article as ingest sees it: plain text plus the metadata found (title, publisher, author,
date, URL), from a text file, an HTML page (text extracted by trafilatura, which drops scripts,
styles and navigation) or an e-mail (its text or HTML body; attachments are never opened).

Everything here is untrusted data: control characters are removed, nothing is interpreted.
These readers are pure functions of the bytes, so :mod:`briefings.ingest.extractor` can run
them in a worker process with a time budget.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import email.utils
import re
from dataclasses import dataclass
from typing import Any

from briefings.errors import BriefingError
from briefings.paragraphs import joined
from briefings.textfold import decode_utf8

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


class ArticleProblem(BriefingError):
    """An article could not be read as text (empty, not text, not UTF-8, no body, over its time
    budget). Only a problem that is not ``permanent`` (an overrun budget) is tried again."""

    def __init__(self, message: str, permanent: bool = True):
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class Article:
    """One collected article."""

    origin: str  # where it came from, for messages: a file path or a URL
    title: str
    text: str
    publisher: str | None = None
    author: str | None = None
    published: dt.date | None = None
    url: str | None = None

    def archived_text(self) -> str:
        """What is archived under sources/: the headline, a blank line, the text."""
        return f"{self.title}\n\n{self.text}\n"


def clean(text: str) -> str:
    """Text without control characters, with tidy line ends and no empty runs of lines."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def _date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str) and re.match(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _made(origin: str, title: str | None, text: str, **meta: object) -> Article:
    body = clean(text)
    if len(body) < 20:
        raise ArticleProblem(f"{origin}: no article text found")
    head = clean(title or "") or body.split("\n", 1)[0]
    if body.startswith(head):
        body = body[len(head):].strip() or body
    return Article(origin, head[:300], body, **meta)  # type: ignore[arg-type]


def from_text(origin: str, data: bytes) -> Article:
    """A plain-text article: the first paragraph is the headline. A hard-wrapped one (mail,
    plain-text wire copy) has its lines joined where the extractor joins them
    (:mod:`briefings.paragraphs`), so neither the headline nor a lead that opens with its
    dateline is cut at a line's end."""
    try:
        text = decode_utf8(data)
    except UnicodeDecodeError:
        raise ArticleProblem(f"{origin}: not UTF-8 text") from None
    return _made(origin, None, "\n".join(joined(text)))


def from_html(origin: str, data: bytes | str, url: str | None = None) -> Article:
    """An HTML page: the article's text and metadata as trafilatura finds them."""
    # start-up: trafilatura ~250 ms, +13 % on ingest's imports; the extractor's worker loads it
    import trafilatura

    document: Any = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                           include_tables=False, favor_precision=True)
    if document is None or not (document.text or "").strip():
        raise ArticleProblem(f"{origin}: no article text found in the HTML")
    return _made(origin, document.title, document.text, publisher=clean(document.sitename or "") or None,
                 author=clean(document.author or "") or None, published=_date(document.date), url=url)


def from_eml(origin: str, data: bytes) -> Article:
    """An e-mail: the subject is the headline, the sender the publisher, the text (or HTML)
    body the article. Attachments are ignored, never decoded."""
    message = email.message_from_bytes(data, policy=email.policy.default)
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        raise ArticleProblem(f"{origin}: the e-mail has no text or HTML body")
    try:
        content = body.get_content()
    except (LookupError, ValueError) as error:
        raise ArticleProblem(f"{origin}: cannot decode the e-mail body: {error}") from None
    subject = str(message.get("subject", "") or "")
    sender = email.utils.parseaddr(str(message.get("from", "") or ""))
    try:
        sent = email.utils.parsedate_to_datetime(str(message["date"])) if message["date"] else None
    except (TypeError, ValueError):
        sent = None
    meta = {"publisher": clean(sender[0] or sender[1].split("@")[-1]) or None, "published": _date(sent)}
    if body.get_content_type() == "text/html":
        article = from_html(origin, content)
        return Article(origin, clean(subject) or article.title, article.text, **meta)  # type: ignore[arg-type]
    return _made(origin, subject, content if isinstance(content, str) else "", **meta)
