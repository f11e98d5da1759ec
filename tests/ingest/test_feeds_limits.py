"""Issue 20, points 9 and 12: ingest against feeds that blow up, drip, flood or are not feeds.

A loopback server (tests/feedserver.py) serves compression bombs (``gzip, gzip`` and ``br``),
fifty pages that each drip a byte at a time, an empty body and an HTML page where a feed should
be. No timing is asserted: each run must end within a generous bound (the speeds are measured
by bench/ingest_limits.py), stop at the cap on decoded bytes with little memory, and say what
happened.
"""

from __future__ import annotations

import gzip
import shutil
import tracemalloc
import zlib
from pathlib import Path

import pytest

from briefings.cli.app import main
from briefings.ingest.fetch import Fetcher, FetchProblem
from briefings.ingest.run import ingest
from briefings.load.toml import load_config
from tests.conftest import SEEDS
from tests.feedserver import FeedServer

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
BOMB_MIB = 100


@pytest.fixture(scope="module")
def bombs() -> dict[str, bytes]:
    """100 MiB of zeros as ``gzip, gzip`` (a few hundred bytes) and as ``br``."""
    import brotli

    inner = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(1 << 20)
    gzipped = b"".join(inner.compress(zeros) for _ in range(BOMB_MIB)) + inner.flush()
    return {"gzip, gzip": gzip.compress(gzipped), "br": brotli.compress(zeros * BOMB_MIB, quality=5)}


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


def _fetcher(max_bytes: int = 1_000_000) -> Fetcher:
    return Fetcher(frozenset({"127.0.0.1"}), True, 30, max_bytes)


@pytest.mark.parametrize("encoding", ["gzip, gzip", "br"])
def test_a_compression_bomb_stops_at_the_cap_as_it_is_decoded(encoding: str, bombs: dict[str, bytes],
                                                             server: FeedServer) -> None:
    server.pages["/bomb"] = bombs[encoding]
    server.headers["/bomb"] = {"Content-Encoding": encoding}
    tracemalloc.start()
    try:
        with pytest.raises(FetchProblem, match=f"over the 1000000-byte limit; stopped reading "
                                               f"\\(decoded from Content-Encoding: {encoding}\\)"):
            _fetcher().get(f"{server.base}/bomb")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 16 * 1024 * 1024  # the cap and a few pieces, never the 100 MiB


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br", "gzip, br", "identity"])
def test_a_compressed_answer_within_the_cap_is_decoded(encoding: str, server: FeedServer) -> None:
    import brotli

    text = b"<p>Ministers met on Tuesday and said little.</p>\n" * 2000
    body = text
    for name in [n.strip() for n in encoding.split(",")]:
        body = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress,
                "identity": bytes}[name](body)
    server.pages["/page"] = body
    server.headers["/page"] = {"Content-Encoding": encoding}
    fetched = _fetcher().get(f"{server.base}/page")
    assert fetched is not None and fetched.body == text


@pytest.mark.parametrize(("encoding", "body", "message"), [
    ("compress", b"\x1f\x9d", "unsupported Content-Encoding 'compress'"),
    ("gzip", b"not gzip at all", "the compressed body is damaged"),
    ("br", b"\xff\xff not brotli", "the compressed body is damaged"),
])
def test_an_undecodable_answer_is_a_clear_problem(encoding: str, body: bytes, message: str,
                                                  server: FeedServer) -> None:
    server.pages["/odd"] = body
    server.headers["/odd"] = {"Content-Encoding": encoding}
    with pytest.raises(FetchProblem, match=message):
        _fetcher().get(f"{server.base}/odd")


def _workspace(root: Path, base: str, feeds: list[str], timeout: float = 2) -> Path:
    shutil.copytree(SEEDS, root / "seeds")
    text = f'[[inputs]]\nbriefing = "{BRIEFING}"\ntimeout_seconds = {timeout}\nmax_bytes = 2000000\n'
    for name in feeds:
        text += f'[[inputs.feeds]]\nurl = "{base}/{name}"\nallow_http = true\n'
    (root / "briefings.toml").write_text(text, encoding="utf-8")
    return root / "briefings.toml"


FEED_BODIES = {
    "empty body": (b"", "text/xml", "the answer is not a feed: an empty body"),
    "HTML page": (b"<!DOCTYPE html><html><head><title>News</title></head><body><a href='/a'>a</a></body></html>",
                  "text/html; charset=utf-8", "the answer is not a feed: no RSS or Atom in it (text/html"),
}


@pytest.mark.parametrize("scenario", FEED_BODIES)
def test_a_feed_address_that_answers_no_feed_is_a_problem(scenario: str, tmp_path: Path, server: FeedServer,
                                                          capsys: pytest.CaptureFixture[str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    body, kind, message = FEED_BODIES[scenario]
    server.pages["/notfeed"] = body
    server.headers["/notfeed"] = {"kind": kind}
    _workspace(tmp_path, server.base, ["notfeed"])
    monkeypatch.chdir(tmp_path)
    assert main(["ingest"]) == 1
    err = capsys.readouterr().err
    assert f"feed {server.base}/notfeed: {message}" in err, err
    assert "1 problem(s)" in err


def test_an_empty_feed_is_not_a_problem(tmp_path: Path, server: FeedServer) -> None:
    server.feed_items = ""  # a valid RSS channel with no item
    report = ingest(load_config(_workspace(tmp_path, server.base, ["feed.xml"])))
    assert report.problems == [] and report.articles == 0


def test_a_bomb_where_the_feed_should_be_is_reported(tmp_path: Path, server: FeedServer,
                                                     bombs: dict[str, bytes]) -> None:
    server.pages["/bomb.xml"] = bombs["gzip, gzip"]
    server.headers["/bomb.xml"] = {"Content-Encoding": "gzip, gzip", "kind": "application/rss+xml"}
    # a generous timeout: what is tested is the cap, not the clock of a busy machine
    report = ingest(load_config(_workspace(tmp_path, server.base, ["bomb.xml", "feed.xml"], timeout=20)))
    assert any(p.startswith(f"feed {server.base}/bomb.xml: ") and "over the 2000000-byte limit" in p
               for p in report.problems), report.problems
    assert report.articles >= 1  # the next feed is read as usual


def _dripping_feed(server: FeedServer, count: int) -> None:
    server.feed_items = "".join(f"  <item><title>Slow {n}</title><link>{server.base}/news/slow/{n}</link></item>\n"
                                for n in range(count))


@pytest.mark.timeout(60)  # unbounded, the fifty drips take 100 s; the budget's effect is asserted below
def test_fifty_dripping_pages_cost_one_feed_budget(tmp_path: Path, server: FeedServer) -> None:
    """Each page drips a byte every 0.2 s; with 2 s a fetch, each used to cost 2 s (100 s in
    all). The feed's budget (5 fetches' time) stops it; the rest wait for the next run."""
    _dripping_feed(server, 50)
    config = load_config(_workspace(tmp_path, server.base, ["feed.xml"], timeout=2))
    report = ingest(config)
    slow = [path for path in server.paths() if path.startswith("/news/slow/")]
    assert 1 <= len(slow) < 50
    assert any(p.startswith(f"feed {server.base}/feed.xml: the time budget ran out")
               and f"{50 - len(slow)} more entr(ies) not read" in p for p in report.problems), report.problems
    (state_file,) = (tmp_path / ".briefings" / "ingest").glob("us-turkey-caatsa-sanctions-*.json")
    state = state_file.read_text()
    assert "/news/slow/49" not in state  # not marked seen: read next run


@pytest.mark.timeout(60)  # unbounded, the fifty drips take 100 s; the deadline's effect is asserted below
def test_the_run_has_one_deadline_over_every_feed(tmp_path: Path, server: FeedServer) -> None:
    _dripping_feed(server, 50)
    server.pages["/second.xml"] = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Second</title><item><title>S</title>'
        f"<link>{server.base}/news/slow/second</link></item></channel></rss>").encode()
    config = load_config(_workspace(tmp_path, server.base, ["feed.xml", "second.xml"], timeout=2))
    report = ingest(config, seconds=3)
    # the first feed runs out while its pages drip (or, on a busy machine, while it is fetched)
    assert any(p.startswith(f"feed {server.base}/feed.xml: ") and "the time budget ran out" in p
               for p in report.problems), report.problems
    assert (f"feed {server.base}/second.xml: {server.base}/second.xml: the time budget ran out (the feed's "
            "or the run's); tried again next run") in report.problems


@pytest.mark.timeout(90)  # a bound on a hang (the quadratic sift took 225 s), not a speed test
def test_a_feed_of_fifty_thousand_entries_is_sifted_in_one_pass() -> None:
    """``_unseen`` compared each entry with every one before it: 225 s for 50,000 entries."""
    from briefings.ingest.feeds import _unseen
    from briefings.ingest.state import IngestState

    entries = [{"link": f"https://news.example.org/item/{n % 40_000}"} for n in range(50_000)]
    state = IngestState(Path("unused.json"), seen_urls={"https://news.example.org/item/7": "archived"})
    fresh = _unseen("https://news.example.org/feed", entries, state)
    assert len(fresh) == 39_999 and fresh[0][0] == "https://news.example.org/item/0"
