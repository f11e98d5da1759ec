"""A feed's new entries as articles: the feed fetched conditionally, parsed by feedparser from
the bytes we fetched (feedparser itself never opens a URL or a file), entries filtered by
keyword, each entry's page fetched within the allowed hosts and its text extracted.

The feed's validators (ETag, Last-Modified) are kept only when every entry was settled, so an
entry whose page failed for a passing reason (a 500, a timeout, a text extraction over its time
budget) is tried again next run. Everything fetched for one feed shares one time budget
(FEED_TIMEOUTS times the input's ``timeout_seconds`` of fetching, and never past the run's
deadline): fifty pages that drip a byte at a time cost one budget, not fifty; the entries not
reached wait for the next run. An answer that is not a feed at all (an empty body, an HTML
page) is a problem of the feed, reported, not "nothing new".
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser

from briefings.errors import BriefingError
from briefings.ingest.article import Article, clean, from_html
from briefings.ingest.dedupe import canonical_url
from briefings.ingest.extractor import Extractor
from briefings.ingest.fetch import FetchBudget, Fetcher, FetchProblem
from briefings.ingest.state import IngestState
from briefings.schema.config import Feed, Input

#: Entries looked at per feed and run; a feed with more keeps the rest for the next run.
MAX_ENTRIES_PER_RUN = 50
#: The time fetching one feed and its pages may take, in the input's ``timeout_seconds``.
FEED_TIMEOUTS = 5


class FeedProblem(BriefingError):
    """A feed could not be read as RSS or Atom, or not within its time; only a problem that is
    not ``permanent`` (time ran out) leaves the feed to be tried again as it stands."""

    def __init__(self, message: str, permanent: bool = True):
        super().__init__(message)
        self.permanent = permanent


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


def collect_feed(feed: Feed, settings: Input, state: IngestState, extractor: Extractor,
                 run_deadline: float = math.inf) -> Iterator[tuple[str, Article | BriefingError]]:
    """(entry URL, article or problem) for each new entry of ``feed``; raises for the feed itself."""
    hosts = frozenset({(urlsplit(feed.url).hostname or "").lower(), *(h.lower() for h in feed.hosts)})
    budget = FetchBudget(FEED_TIMEOUTS * settings.timeout_seconds, run_deadline)
    fetcher = Fetcher(hosts, feed.allow_http, settings.timeout_seconds, settings.max_bytes, budget)
    known = state.feeds.get(feed.url, {})
    fetched = fetcher.get(feed.url, known.get("etag"), known.get("last_modified"))
    if fetched is None:
        return  # 304: nothing new since the last run
    parsed = feedparser.parse(fetched.body)
    _check_is_feed(parsed, fetched.body, fetched.content_type)
    publisher = clean(parsed.feed.get("title", "")) or None
    keywords = list(feed.keywords or settings.keywords)
    fresh = _unseen(feed.url, parsed.entries, state)
    settled = len(fresh) <= MAX_ENTRIES_PER_RUN
    for done, (url, entry) in enumerate(fresh[:MAX_ENTRIES_PER_RUN]):
        if fetcher.out_of_time():
            yield feed.url, FeedProblem(
                f"feed {feed.url}: the time budget ran out ({FEED_TIMEOUTS} × timeout_seconds for a "
                f"feed, or the run's); {len(fresh) - done} more entr(ies) not read, tried again next run",
                permanent=False)
            return
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


def _check_is_feed(parsed: Any, body: bytes, content_type: str) -> None:
    """Raise a FeedProblem unless ``parsed`` is a feed (an empty one is a feed)."""
    if parsed.get("bozo") and not any(entry.get("link") for entry in parsed.entries):
        where = str(parsed.get("bozo_exception", "")).replace("<unknown>:", "line ", 1)
        raise FeedProblem(f"not a valid RSS or Atom feed: {where}")
    if not parsed.get("version") and not parsed.entries:
        what = "an empty body" if not body.strip() else f"no RSS or Atom in it ({content_type or 'no Content-Type'})"
        raise FeedProblem(f"the answer is not a feed: {what}; check the feed's address")


def _unseen(base: str, entries: list[Any], state: IngestState) -> list[tuple[str, Any]]:
    """(absolute URL, entry) for entries with a link not seen before, in feed order; one pass
    (a feed of 50,000 entries took minutes when each was compared with those before it)."""
    found: dict[str, Any] = {}
    for entry in entries:
        link = str(entry.get("link") or "").strip()
        if not link:
            continue
        url = urljoin(base, link)
        url = canonical_url(url) if url.lower().startswith(("http://", "https://")) else url
        if url not in state.seen_urls and url not in found:
            found[url] = entry
    return list(found.items())


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
