"""HTTP for ingest, careful by default: only the configured hosts, https unless a feed allows
http, redirects followed by hand and only within the allowed hosts, conditional requests
(ETag, Last-Modified), one deadline for the whole fetch (a server that drips bytes cannot hold
a run), bodies streamed against a size cap (never read whole), a polite user agent.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from briefings.constants import VERSION as __version__
from briefings.errors import BriefingError

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


@dataclass(frozen=True)
class Fetcher:
    """Fetches within ``hosts`` (host names) and limits."""

    hosts: frozenset[str]
    allow_http: bool
    timeout: float
    max_bytes: int

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
        deadline = time.monotonic() + self.timeout
        headers = {"User-Agent": USER_AGENT}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        with httpx.Client(timeout=self.timeout, follow_redirects=False, trust_env=False) as client:
            for _ in range(MAX_REDIRECTS + 1):
                self.check(url)
                try:
                    result = self._one(client, url, headers, deadline)
                except httpx.TimeoutException:
                    raise FetchProblem(f"{url}: timed out after {self.timeout:g} s") from None
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
            chunks, size = [], 0
            for chunk in response.iter_bytes():  # as it arrives, so the deadline is checked
                size += len(chunk)
                if size > self.max_bytes:
                    raise FetchProblem(f"{url}: over the {self.max_bytes}-byte limit; stopped reading",
                                       permanent=True)
                if time.monotonic() > deadline:
                    raise FetchProblem(f"{url}: timed out after {self.timeout:g} s")
                chunks.append(chunk)
            return Fetched(str(response.url), b"".join(chunks), response.headers.get("content-type", ""),
                           response.headers.get("etag"), response.headers.get("last-modified"))
