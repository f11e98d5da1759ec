"""Reading an article has a time budget (``extract_seconds``): a page trafilatura would chew on
for seconds is stopped at its budget, reported as a problem of that article and tried again on
the next run, while the other articles go on. The slow case is real: a page of ~4 MB of
paragraphs, which trafilatura takes seconds to read, against a budget of half a second. An
extractor that fails, a worker that dies or runs out of memory are that article's problem only,
with a clear message and never a traceback."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from briefings.cli.app import main
from briefings.errors import ValidationFailed
from briefings.ingest.article import Article, ArticleProblem, from_html
from briefings.ingest.extractor import Extractor
from briefings.ingest.run import ingest
from briefings.load.toml import load_config
from tests.conftest import CASES, SEEDS
from tests.feedserver import FeedServer

FEEDS = CASES / "feeds"
BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
NOW = dt.datetime(2020, 12, 17, 6, 30, tzinfo=dt.UTC)
BUDGET = 0.5


def slow_page() -> bytes:
    """~4 MB of article paragraphs: seconds of trafilatura (about 1 ms per KiB here)."""
    page = (FEEDS / "nato-concern.html").read_bytes()
    head, _, rest = page.partition(b"<p>")
    body, _, tail = rest.rpartition(b"</p>")
    paragraph = b"<p>" + body + b"</p>"
    return head + paragraph * (4_000_000 // len(paragraph)) + tail


def workspace(root: Path, extra: str = "") -> Path:
    shutil.copytree(SEEDS, root / "seeds")
    (root / "briefings.toml").write_text(
        f'[[inputs]]\nbriefing = "{BRIEFING}"\ninbox = "inbox"\nmax_bytes = 5000000\n'
        f'extract_seconds = {BUDGET}\n{extra}', encoding="utf-8")
    (root / "inbox").mkdir()
    return root / "inbox"


def test_a_page_over_its_budget_is_skipped_and_tried_again(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    inbox = workspace(tmp_path)
    (inbox / "slow.html").write_bytes(slow_page())
    shutil.copy(FEEDS / "nato-concern.html", inbox)  # HTML read by the same worker, after the overrun
    shutil.copy(FEEDS / "ankara-answer.txt", inbox)
    assert main(["ingest", "--config", str(tmp_path / "briefings.toml")]) == 1
    err = capsys.readouterr().err
    assert "ingest: 2 new article(s)" in err
    assert f"slow.html: reading the article took longer than its budget of {BUDGET:g} s" in err
    assert "Traceback" not in err
    # not remembered as read: the next run tries it again (and only it)
    report = ingest(load_config(tmp_path / "briefings.toml"), now=NOW)
    assert (report.articles, report.duplicates) == (0, 0)
    assert len(report.problems) == 1 and "slow.html" in report.problems[0] and "tried again" in report.problems[0]


def test_a_feed_keeps_asking_for_an_entry_that_overran(tmp_path: Path) -> None:
    """The feed's validators are not kept while an entry is unsettled: the next run asks for
    the feed in full and reads the entry again."""
    with FeedServer() as server:
        server.pages["/news/slow-page"] = slow_page()
        server.feed_items = (f"  <item><title>Sanctions, at length</title><link>{server.base}/news/slow-page</link>"
                             "<description>sanctions</description></item>\n"
                             f"  <item><title>NATO</title><link>{server.base}/news/nato</link>"
                             "<description>sanctions</description></item>\n")
        workspace(tmp_path, f'[[inputs.feeds]]\nurl = "{server.base}/feed.xml"\nallow_http = true\n')
        config = load_config(tmp_path / "briefings.toml")
        first = ingest(config, now=NOW)
        assert first.articles == 1
        assert [p for p in first.problems if "slow-page: reading the article took longer" in p]
        server.requests.clear()
        second = ingest(config, now=NOW)
        assert second.articles == 0 and len(second.problems) == 1
        (feed_path, headers), *pages = server.requests
        assert feed_path == "/feed.xml" and "If-None-Match" not in headers  # asked in full
        assert [path for path, _ in pages] == ["/news/slow-page"]  # the settled entry is not fetched again


# --- the worker, directly ------------------------------------------------------------------
# readers run in a spawned worker, so these are module-level functions it can import


def pid_article(origin: str, data: bytes) -> Article:
    return Article(origin, f"pid {os.getpid()}", data.decode())


def explode(origin: str, data: bytes) -> Article:
    raise ValueError("the extractor tripped on this page")


def refuse(origin: str, data: bytes) -> Article:
    raise ArticleProblem(f"{origin}: no article text found in the HTML")


def die(origin: str, data: bytes) -> Article:
    os._exit(7)


def hog(origin: str, data: bytes) -> Article:
    return Article(origin, "big", "x" * (8 * 1024 ** 3))


def test_one_worker_serves_every_article_until_one_overruns() -> None:
    with Extractor() as extractor:
        pids = {extractor.read(pid_article, "a", b"text", 10).title for _ in range(3)}
        assert len(pids) == 1 and pids != {f"pid {os.getpid()}"}  # one worker, not this process
        with pytest.raises(ArticleProblem) as overrun:
            extractor.read(from_html, "slow.html", slow_page(), BUDGET)
        assert overrun.value.permanent is False
        after = extractor.read(pid_article, "b", b"text", 10).title
        assert after not in pids  # the overrun worker was stopped and replaced
        assert extractor.read(from_html, "nato.html", (FEEDS / "nato-concern.html").read_bytes(), 10).title


@pytest.mark.parametrize(("reader", "message"), [
    (explode, "page.html: the text extractor failed (ValueError: the extractor tripped on this page); skipped"),
    (refuse, "page.html: no article text found in the HTML"),
    (die, "page.html: the reading process ended (exit code 7); skipped"),
    (hog, "page.html: the text extractor failed (MemoryError"),
])
def test_a_failing_reader_is_that_articles_problem(reader, message: str) -> None:
    with Extractor(memory_budget=1024) as extractor:
        with pytest.raises(ArticleProblem) as problem:
            extractor.read(reader, "page.html", b"<p>x</p>", 30)
        assert str(problem.value).startswith(message)
        assert problem.value.permanent is True  # the same bytes would fail the same way
        assert problem.value.__cause__ is None and problem.value.__suppress_context__
        assert extractor.read(pid_article, "next.html", b"text", 30).text == "text"  # the run goes on


@pytest.mark.parametrize(("value", "message"), [("0", "greater than 0"), ("601", "less than or equal to 600"),
                                                ('"soon"', "valid number")])
def test_the_budget_setting_is_checked(value: str, message: str, tmp_path: Path) -> None:
    (tmp_path / "briefings.toml").write_text(f'[[inputs]]\nbriefing = "b.yaml"\nextract_seconds = {value}\n')
    with pytest.raises(ValidationFailed) as failure:
        load_config(tmp_path / "briefings.toml")
    text = str(failure.value)
    assert "briefings.toml:3" in text and "inputs[0].extract_seconds" in text and message in text


def test_the_budget_has_a_default(tmp_path: Path) -> None:
    (tmp_path / "briefings.toml").write_text('[[inputs]]\nbriefing = "b.yaml"\n')
    assert load_config(tmp_path / "briefings.toml").settings.inputs[0].extract_seconds == 30
