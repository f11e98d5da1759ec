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

A refused entry is reported with its link as the feed writes it, so the analyst can find it in
the feed: feedparser resolves links against ``xml:base`` and writes ``file:///`` as ``file://``,
and we resolve a relative link and fold the host's case before fetching. The written links are
read from the feed's XML (entities left unexpanded, nothing loaded from outside) and used only
when its entries line up one for one with feedparser's; otherwise the message shows the link as
feedparser gives it.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin, urlsplit

import feedparser
from lxml import etree

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


#: The elements that are a feed's entries: RSS 2.0 and 1.0 items, Atom 1.0 and 0.3 entries.
_ENTRY_TAGS = frozenset({"item", "{http://purl.org/rss/1.0/}item", "{http://www.w3.org/2005/Atom}entry",
                         "{http://purl.org/atom/ns#}entry"})


class EntryProblem(BriefingError):
    """An entry of a feed could not be read; the message names its link as the feed writes it."""

    def __init__(self, message: str, permanent: bool):
        super().__init__(message)
        self.permanent = permanent


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
    fresh = _unseen(feed.url, parsed.entries, state, _written_links(fetched.body, parsed.entries))
    settled = len(fresh) <= MAX_ENTRIES_PER_RUN
    for done, (url, written, entry) in enumerate(fresh[:MAX_ENTRIES_PER_RUN]):
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
            yield url, _as_written(problem, url, written)
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


def _unseen(base: str, entries: list[Any], state: IngestState,
            written: list[str | None] | None = None) -> list[tuple[str, str, Any]]:
    """(absolute URL, link as the feed writes it, entry) for entries with a link not seen
    before, in feed order; one pass (a feed of 50,000 entries took minutes when each was
    compared with those before it). ``written``: the links as written, when known."""
    found: dict[str, tuple[str, Any]] = {}
    for entry, as_written in zip(entries, written or [None] * len(entries), strict=True):
        link = str(entry.get("link") or "").strip()
        if not link:
            continue
        url = urljoin(base, link)
        url = canonical_url(url) if url.lower().startswith(("http://", "https://")) else url
        if url not in state.seen_urls and url not in found:
            found[url] = (as_written or link, entry)
    return [(url, as_written, entry) for url, (as_written, entry) in found.items()]


def _written_links(body: bytes, entries: list[Any]) -> list[str | None]:
    """Each entry's link as the feed's XML writes it, in feed order; None for all when the feed
    is not well-formed or its entries do not line up with feedparser's (another count, or a
    link that does not end as feedparser's does), so no entry is named by another's link."""
    unknown: list[str | None] = [None] * len(entries)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(body, parser)
    except etree.XMLSyntaxError:
        return unknown
    links = [_link_of(element) for element in root.iter() if element.tag in _ENTRY_TAGS]
    if len(links) != len(entries):
        return unknown
    for link, entry in zip(links, entries, strict=True):
        parsed = str(entry.get("link") or "").strip()
        if link is not None and link.rsplit("/", 1)[-1] != parsed.rsplit("/", 1)[-1]:
            return unknown
    return links


def _link_of(entry: Any) -> str | None:
    """An entry element's link: the text of an RSS ``<link>``, the ``href`` of an Atom link to
    the entry itself (no ``rel``, or ``rel="alternate"``)."""
    for child in entry:
        if not isinstance(child.tag, str) or etree.QName(child).localname != "link":
            continue
        href = child.get("href")
        if href is not None and child.get("rel", "alternate") == "alternate":
            return str(href).strip()
        if href is None and (child.text or "").strip():
            return str(child.text).strip()
    return None


def _as_written(problem: BriefingError, url: str, written: str) -> BriefingError:
    """``problem`` with the entry's URL shown as the feed writes the link, and what it was
    resolved to after it, when the two differ."""
    if written == url:
        return problem
    message = str(problem).replace(url, written)
    return EntryProblem(f"{message} (the entry's link as the feed writes it; resolved to {url})",
                        getattr(problem, "permanent", True))


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
