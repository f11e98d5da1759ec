"""A feed's new entries as articles: the feed fetched conditionally, parsed by feedparser from
the bytes we fetched (feedparser itself never opens a URL or a file), entries filtered by
keyword, each entry's page fetched within the allowed hosts and its text extracted.

The feed's validators (ETag, Last-Modified) are kept only when every entry was settled, so an
entry whose page failed for a passing reason (a 500, a timeout, a text extraction over its time
budget) is tried again next run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

from briefings.errors import BriefingError
from briefings.ingest.article import Article, clean, from_html
from briefings.ingest.dedupe import canonical_url
from briefings.ingest.extractor import Extractor
from briefings.ingest.fetch import Fetcher, FetchProblem
from briefings.ingest.state import IngestState
from briefings.schema.config import Feed, Input

#: Entries looked at per feed and run; a feed with more keeps the rest for the next run.
MAX_ENTRIES_PER_RUN = 50


class FeedProblem(BriefingError):
    """A feed could not be read as RSS or Atom."""


def _matches(keywords: list[str], *texts: str) -> bool:
    if not keywords:
        return True
    haystack = " ".join(texts).lower()
    return any(word.lower() in haystack for word in keywords)


def _entry_date(entry: Any) -> dt.date | None:
    stamp = entry.get("published_parsed") or entry.get("updated_parsed")
    try:
        return dt.date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday) if stamp else None
    except (AttributeError, ValueError):
        return None


def collect_feed(feed: Feed, settings: Input, state: IngestState,
                 extractor: Extractor) -> Iterator[tuple[str, Article | BriefingError]]:
    """(entry URL, article or problem) for each new entry of ``feed``; raises for the feed itself."""
    import feedparser

    hosts = frozenset({(urlsplit(feed.url).hostname or "").lower(), *(h.lower() for h in feed.hosts)})
    fetcher = Fetcher(hosts, feed.allow_http, settings.timeout_seconds, settings.max_bytes)
    known = state.feeds.get(feed.url, {})
    fetched = fetcher.get(feed.url, known.get("etag"), known.get("last_modified"))
    if fetched is None:
        return  # 304: nothing new since the last run
    parsed = feedparser.parse(fetched.body)
    if parsed.get("bozo") and not any(entry.get("link") for entry in parsed.entries):
        where = str(parsed.get("bozo_exception", "")).replace("<unknown>:", "line ", 1)
        raise FeedProblem(f"not a valid RSS or Atom feed: {where}")
    publisher = clean(parsed.feed.get("title", "")) or None
    keywords = list(feed.keywords or settings.keywords)
    fresh = _unseen(feed.url, parsed.entries, state)
    settled = len(fresh) <= MAX_ENTRIES_PER_RUN
    for url, entry in fresh[:MAX_ENTRIES_PER_RUN]:
        try:
            article = _article(fetcher, extractor, settings.extract_seconds, url, entry, publisher)
        except BriefingError as problem:
            settled = settled and getattr(problem, "permanent", True)
            yield url, problem
            continue
        if not _matches(keywords, article.title, str(entry.get("summary", "")), article.text):
            state.seen_urls[url] = "filtered out by keywords"
            continue
        yield url, article
    if settled:
        state.feeds[feed.url] = {k: v for k, v in (("etag", fetched.etag),
                                                   ("last_modified", fetched.last_modified)) if v}


def _unseen(base: str, entries: list[Any], state: IngestState) -> list[tuple[str, Any]]:
    """(absolute URL, entry) for entries with a link not seen before, in feed order."""
    found: list[tuple[str, Any]] = []
    for entry in entries:
        link = str(entry.get("link") or "").strip()
        if not link:
            continue
        url = urljoin(base, link)
        url = canonical_url(url) if url.lower().startswith(("http://", "https://")) else url
        if url not in state.seen_urls and all(url != known for known, _ in found):
            found.append((url, entry))
    return found


def _article(fetcher: Fetcher, extractor: Extractor, budget: float, url: str, entry: Any,
             publisher: str | None) -> Article:
    page = fetcher.get(url)
    if page is None:
        raise FetchProblem(f"{url}: the server answered 304 to an unconditional request", permanent=True)
    final = canonical_url(page.url)  # after redirects within the allowed hosts
    article = extractor.read(from_html, url, page.body, budget, url=final)
    return replace(article, title=article.title or clean(str(entry.get("title", ""))),
                   publisher=article.publisher or publisher,
                   published=article.published or _entry_date(entry), url=final)
