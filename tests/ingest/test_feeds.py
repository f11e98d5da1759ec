"""Feeds against a real HTTP server on 127.0.0.1: conditional requests, timeouts, size cap,
allowed hosts only, redirects, duplicates; one failing feed or entry never stops the others."""

from __future__ import annotations

import datetime as dt
import shutil
import time
import tracemalloc
from pathlib import Path

import pytest

from briefings.api import load_briefing
from briefings.errors import ValidationFailed
from briefings.ingest.fetch import USER_AGENT, Fetcher, FetchProblem
from briefings.ingest.run import ingest
from briefings.load.toml import load_config
from tests.conftest import SEEDS
from tests.feedserver import FeedServer

NOW = dt.datetime(2020, 12, 17, 6, 30, tzinfo=dt.UTC)
BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


def workspace(root: Path, base: str, feeds: tuple[str, ...] = ("feed.xml", "malformed.xml", "missing.xml")) -> Path:
    shutil.copytree(SEEDS, root / "seeds")
    text = (f'[[inputs]]\nbriefing = "{BRIEFING}"\nkeywords = ["sanctions", "S-400"]\n'
            "timeout_seconds = 2\nmax_bytes = 2000000\n")
    for name in feeds:
        text += f'[[inputs.feeds]]\nurl = "{base}/{name}"\nallow_http = true\n'
    (root / "briefings.toml").write_text(text, encoding="utf-8")
    return root


def run(root: Path):
    return ingest(load_config(root / "briefings.toml"), now=NOW)


def test_first_run_takes_the_good_entries_and_reports_every_bad_one(tmp_path: Path, server: FeedServer) -> None:
    workspace(tmp_path, server.base)
    report = run(tmp_path)
    assert (report.articles, report.duplicates) == (3, 1)  # nato, ankara, moved; the AMP copy
    problems = "\n".join(report.problems)
    expected = [
        "refused file:///etc/passwd: only http or https addresses are fetched",  # as the feed writes it
        f"{server.base}/news/missing: HTTP 404",
        f"{server.base}/news/error: HTTP 500",
        f"{server.base}/news/slow: timed out after 2 s",
        "refused http://localhost:",  # the redirect to another host
        f"{server.base}/news/huge: over the 2000000-byte limit; stopped reading",
        f"feed {server.base}/malformed.xml: not a valid RSS or Atom feed",
        f"feed {server.base}/missing.xml: {server.base}/missing.xml: HTTP 404",
    ]
    for message in expected:
        assert message in problems
    assert len(report.problems) == len(expected)
    briefing = load_briefing(tmp_path / BRIEFING)
    by_url = {s.url: s for s in briefing.sources if s.url}
    assert set(by_url) == {f"{server.base}/news/nato", f"{server.base}/news/ankara", f"{server.base}/news/moved"}
    assert by_url[f"{server.base}/news/ankara"].publisher == "Example Wire"
    assert by_url[f"{server.base}/news/ankara"].published == dt.date(2020, 12, 16)
    assert "football" not in (tmp_path / BRIEFING).read_text(encoding="utf-8").lower()  # keywords
    assert server.paths().count("/news/nato") == 1  # the duplicate item is not fetched twice
    assert all(headers.get("User-Agent") == USER_AGENT for _, headers in server.requests)
    assert all(headers.get("Host", "").startswith("127.0.0.1") for _, headers in server.requests)


def test_second_run_retries_only_what_failed_for_a_passing_reason(tmp_path: Path, server: FeedServer) -> None:
    workspace(tmp_path, server.base, ("feed.xml",))
    run(tmp_path)
    server.requests.clear()
    report = run(tmp_path)
    assert (report.articles, report.duplicates) == (0, 0)
    pages = [p for p in server.paths() if p != "/feed.xml"]
    assert sorted(pages) == ["/news/error", "/news/slow"]  # not the 404, the refused, the huge
    assert len(report.problems) == 2


def test_an_unchanged_feed_is_not_fetched_again(tmp_path: Path, server: FeedServer) -> None:
    feed = (Path(__file__).parents[1] / "cases" / "feeds" / "feed.xml").read_text(encoding="utf-8")
    good = [item for item in feed.split("  <item>")[1:] if "/news/nato<" in item or "/news/ankara<" in item]
    server.feed_items = "".join("  <item>" + item for item in good)
    workspace(tmp_path, server.base, ("feed.xml",))
    assert run(tmp_path).articles == 2
    server.requests.clear()
    second = run(tmp_path)
    assert (second.articles, second.problems) == (0, [])
    assert server.paths() == ["/feed.xml"]
    assert server.requests[0][1].get("If-None-Match") == '"feed-v1"'
    assert server.requests[0][1].get("If-Modified-Since") == "Thu, 17 Dec 2020 10:00:00 GMT"
    # the feed changes: only the new entry's page is fetched
    server.etag = '"feed-v2"'
    server.feed_items += (f"  <item><title>Moved</title><link>{server.base}/news/moved</link>"
                          "<description>sanctions</description></item>\n")
    server.requests.clear()
    third = run(tmp_path)
    assert third.articles == 1
    assert server.paths() == ["/feed.xml", "/news/moved"]


def test_the_size_cap_streams_and_never_holds_the_body(server: FeedServer) -> None:
    fetcher = Fetcher(frozenset({"127.0.0.1"}), True, 30, 1_000_000)
    tracemalloc.start()
    try:
        with pytest.raises(FetchProblem, match="over the 1000000-byte limit"):
            fetcher.get(f"{server.base}/news/huge")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


DRIP_SECONDS = 100 * 0.2  # /news/slow sends one byte every 0.2 s, 100 bytes in all (tests/feedserver.py)


def test_the_deadline_holds_against_a_drip(server: FeedServer) -> None:
    """The timing is the behaviour here: a 1 s deadline must stop a drip of 20 s. Each read is quick,
    so a fetch that only timed out reads would wait for the whole drip; the bound is half of it."""
    fetcher = Fetcher(frozenset({"127.0.0.1"}), True, 1, 1_000_000)
    started = time.monotonic()
    with pytest.raises(FetchProblem, match="timed out after 1 s"):
        fetcher.get(f"{server.base}/news/slow")
    assert time.monotonic() - started < DRIP_SECONDS / 2


@pytest.mark.parametrize("url, message", [
    ("https://127.0.0.1/x", None),
    ("http://127.0.0.1/x", "only https addresses are fetched"),
    ("file:///etc/passwd", "only https addresses are fetched"),
    ("https://example.org/x", "host 'example.org' is not configured"),
    ("https://127.0.0.1.example.org/x", "is not configured"),
])
def test_only_configured_hosts_and_schemes(url: str, message: str | None) -> None:
    fetcher = Fetcher(frozenset({"127.0.0.1"}), False, 1, 1000)
    if message is None:
        fetcher.check(url)
    else:
        with pytest.raises(FetchProblem, match=message):
            fetcher.check(url)


def test_plain_http_feeds_must_be_allowed_explicitly(tmp_path: Path) -> None:
    (tmp_path / "briefings.toml").write_text(
        f'[[inputs]]\nbriefing = "{BRIEFING}"\n[[inputs.feeds]]\nurl = "http://127.0.0.1:1/feed.xml"\n',
        encoding="utf-8")
    with pytest.raises(ValidationFailed, match="is plain http; use https or set allow_http = true"):
        load_config(tmp_path / "briefings.toml")


def test_a_long_feed_is_taken_in_turns(tmp_path: Path, server: FeedServer, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefings.ingest import feeds

    monkeypatch.setattr(feeds, "MAX_ENTRIES_PER_RUN", 2)
    server.feed_items = "".join(
        f"  <item><title>Item {n}</title><link>{server.base}/news/{page}</link></item>\n"
        for n, page in enumerate(["nato", "football", "ankara", "moved"]))
    workspace(tmp_path, server.base, ("feed.xml",))
    first = run(tmp_path)
    assert first.articles == 1  # nato; football filtered out by the keywords
    assert server.paths().count("/feed.xml") == 1
    second = run(tmp_path)  # validators not kept while entries wait: fetched again, not 304
    assert second.articles == 2
    assert [p for p in server.paths() if p.startswith("/news/")] == [
        "/news/nato", "/news/football", "/news/ankara", "/news/moved"]
    server.requests.clear()
    assert run(tmp_path).articles == 0
    assert server.paths() == ["/feed.xml"]
    assert server.requests[0][1].get("If-None-Match") == '"feed-v1"'
