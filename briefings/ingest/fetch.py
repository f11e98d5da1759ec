"""HTTP for ingest, careful by default: only the configured hosts, https unless a feed allows
http, redirects followed by hand and only within the allowed hosts, conditional requests
(ETag, Last-Modified), one deadline for the whole fetch and one time budget for everything
fetched for a feed (:class:`FetchBudget`: a server that drips bytes cannot hold a run), bodies
streamed and decoded piece by piece against a cap on the decoded size (never read or inflated
whole: :mod:`briefings.ingest.decoding`), a polite user agent.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from briefings.constants import VERSION as __version__
from briefings.errors import BriefingError
from briefings.ingest.decoding import ACCEPTED, DecodingProblem, decoded

USER_AGENT = f"briefings/{__version__} (news collection for analysts' briefings; polite, conditional requests)"
MAX_REDIRECTS = 5
_REDIRECTS = {301, 302, 303, 307, 308}


class FetchProblem(BriefingError):
    """A fetch failed or was refused. ``permanent`` problems (refused, 4xx) are not retried;
    the others (5xx, timeouts, network) are, on the next run."""

    def __init__(self, message: str, permanent: bool = False):
        super().__init__(message)
        self.permanent = permanent


@dataclass(frozen=True)
class Fetched:
    """A successful response: the final URL, the body and the validators for next time."""

    url: str
    body: bytes
    content_type: str
    etag: str | None
    last_modified: str | None


@dataclass
class FetchBudget:
    """Time left for fetching: ``seconds`` of fetching (counted only while a fetch runs; one
    budget for a feed and all its pages) and nothing after ``deadline`` (``time.monotonic()``;
    the run's)."""

    seconds: float = math.inf
    deadline: float = math.inf

    def remaining(self) -> float:
        return min(self.seconds, self.deadline - time.monotonic())


@dataclass(frozen=True)
class Fetcher:
    """Fetches within ``hosts`` (host names) and limits: ``timeout`` seconds a fetch, and no
    more than its ``budget`` for all of them."""

    hosts: frozenset[str]
    allow_http: bool
    timeout: float
    max_bytes: int
    budget: FetchBudget = field(default_factory=FetchBudget)

    def out_of_time(self) -> bool:
        return self.budget.remaining() <= 0

    def check(self, url: str) -> None:
        """Refuse a URL outside the configured schemes and hosts."""
        parts = urlsplit(url)
        schemes = {"https", "http"} if self.allow_http else {"https"}
        if parts.scheme.lower() not in schemes:
            raise FetchProblem(f"refused {url}: only {' or '.join(sorted(schemes))} addresses are fetched",
                               permanent=True)
        if (parts.hostname or "").lower() not in self.hosts:
            raise FetchProblem(f"refused {url}: host '{parts.hostname}' is not configured "
                               f"(allowed: {', '.join(sorted(self.hosts))})", permanent=True)

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched | None:
        """The response to a GET of ``url``; None when the server says it has not changed (304)."""
        left = self.budget.remaining()
        if left <= 0:
            raise self._timed_out(url)
        started = time.monotonic()
        try:
            return self._get(url, etag, last_modified, started + min(self.timeout, left))
        finally:
            self.budget.seconds -= time.monotonic() - started

    def _get(self, url: str, etag: str | None, last_modified: str | None, deadline: float) -> Fetched | None:
        headers = {"User-Agent": USER_AGENT, "Accept-Encoding": ACCEPTED}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        wait = max(0.05, deadline - time.monotonic())  # no socket wait outlasts the deadline
        with httpx.Client(timeout=wait, follow_redirects=False, trust_env=False) as client:
            for _ in range(MAX_REDIRECTS + 1):
                self.check(url)
                try:
                    result = self._one(client, url, headers, deadline)
                except httpx.TimeoutException:
                    raise self._timed_out(url) from None
                except httpx.HTTPError as error:
                    raise FetchProblem(f"{url}: {type(error).__name__}: {error}") from None
                if not isinstance(result, str):
                    return result
                url = result
        raise FetchProblem(f"{url}: more than {MAX_REDIRECTS} redirects", permanent=True)

    def _one(self, client: httpx.Client, url: str, headers: dict[str, str],
             deadline: float) -> Fetched | str | None:
        """One request: a response, None (304), or the URL a redirect points to."""
        with client.stream("GET", url, headers=headers) as response:
            if response.status_code in _REDIRECTS and "location" in response.headers:
                return urljoin(url, response.headers["location"])
            if response.status_code == 304:
                return None
            if response.status_code != 200:
                raise FetchProblem(f"{url}: HTTP {response.status_code}",
                                   permanent=400 <= response.status_code < 500)
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchProblem(f"{url}: {declared} bytes, over the {self.max_bytes}-byte limit; not read",
                                   permanent=True)
            body = self._body(url, response, deadline)
            return Fetched(str(response.url), body, response.headers.get("content-type", ""),
                           response.headers.get("etag"), response.headers.get("last-modified"))

    def _body(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        """The decoded body, read as it arrives (so the deadline is checked) and decoded piece
        by piece (so the cap holds on the decoded size, whatever the compression ratio)."""
        chunks, size = [], 0
        encoding = response.headers.get("content-encoding", "")
        try:
            for chunk in decoded(response.iter_raw(), encoding):
                size += len(chunk)
                if size > self.max_bytes:
                    how = f" (decoded from Content-Encoding: {encoding})" if encoding else ""
                    raise FetchProblem(f"{url}: over the {self.max_bytes}-byte limit; stopped reading{how}",
                                       permanent=True)
                if time.monotonic() > deadline:
                    raise self._timed_out(url)
                chunks.append(chunk)
        except DecodingProblem as problem:
            raise FetchProblem(f"{url}: {problem}", permanent=True) from None
        return b"".join(chunks)

    def _timed_out(self, url: str) -> FetchProblem:
        if self.budget.remaining() <= self.timeout / 100:  # the budget, not this fetch, ran out
            return FetchProblem(f"{url}: the time budget ran out (the feed's or the run's); tried again next run")
        return FetchProblem(f"{url}: timed out after {self.timeout:g} s")
