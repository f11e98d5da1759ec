"""The loop end to end, all on 127.0.0.1: the seed briefing as a developing story with a local
feed and a real SMTP server. Run 1 ingests two articles as proposed items; the analyst accepts
some and rejects one; run 2 makes a new edition whose "What changed" lists what was accepted
and mails it; run 3, with no news, sends nothing (run through ``schedule``'s own runner)."""

from __future__ import annotations

import io
import logging
import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from briefings.api import load_briefing
from briefings.cli.app import main
from briefings.load.toml import load_config
from briefings.review.decide import read_tree
from briefings.review.items import proposed
from briefings.schedule.run import LOGGER, run_schedule_once
from tests.analyst import write_placeholders
from tests.conftest import CASES, SEEDS
from tests.feedserver import FeedServer
from tests.mailservers import SmtpServer

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
STOLTENBERG = "It is important that allies find a way to solve this disagreement through dialogue"
CAVUSOGLU = "We will respond to these sanctions in kind and without delay"


def feed_with_two_articles(server: FeedServer) -> None:
    feed = (CASES / "feeds" / "feed.xml").read_text(encoding="utf-8")
    items = [i for i in feed.split("  <item>")[1:] if "/news/nato<" in i or "/news/ankara<" in i]
    server.feed_items = "".join("  <item>" + item for item in items)


def pdf_text(data: bytes) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(data)).pages)


def test_a_developing_story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                            capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture) -> None:
    with FeedServer() as feeds, SmtpServer() as smtp:
        feed_with_two_articles(feeds)
        shutil.copytree(SEEDS, tmp_path / "seeds")
        (tmp_path / "briefings.toml").write_text(
            'formats = ["md", "pdf"]\n'
            '[[schedules]]\nname = "morning"\ncron = "30 6 * * *"\n'
            f'[[inputs]]\nbriefing = "{BRIEFING}"\nkeywords = ["sanctions"]\n'
            f'[[inputs.feeds]]\nurl = "{feeds.base}/feed.xml"\nallow_http = true\n'
            f'[inputs.email]\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n'
            'sender = "briefings@example.org"\nrecipients = ["desk@example.org"]\n', encoding="utf-8")
        monkeypatch.chdir(tmp_path)
        briefing = tmp_path / BRIEFING

        # run 1: two new articles, drafted in as proposed material; the current edition goes out
        assert main(["update"]) == 0
        log = capsys.readouterr().err
        assert "ingest: 2 new article(s)" in log
        assert "build: 1 new edition(s)" in log and "1 message(s) sent" in log
        assert len(smtp.inbox.messages) == 1
        pending = proposed(read_tree(briefing))
        assert len(pending) >= 6
        first_pdf = (tmp_path / "output" / "us-turkey-caatsa-sanctions.pdf").read_bytes()
        assert STOLTENBERG not in pdf_text(first_pdf)  # proposed, not in the body

        # the analyst reviews: two quotes accepted, one consequence rejected
        assert main(["review", "us-turkey-caatsa-sanctions"]) == 0
        listing = capsys.readouterr().out
        by_text = {item.summary: item.fingerprint[:8] for item in pending}
        for text in (STOLTENBERG, CAVUSOGLU):
            assert f"{by_text[text]}  quote" in listing
        rejected = next(item for item in pending if item.kind == "consequence")
        assert main(["review", "us-turkey-caatsa-sanctions", "--accept",
                     f"{by_text[STOLTENBERG]},{by_text[CAVUSOGLU]}", "--reject", rejected.fingerprint[:8]]) == 0
        capsys.readouterr()

        # run 2: nothing new upstream (304); the new edition holds the new party's REVIEW
        # placeholder (its position): built as a draft, and held, saying why
        feeds.requests.clear()
        assert main(["update"]) == 0
        log = capsys.readouterr().err
        assert feeds.paths() == ["/feed.xml"]
        assert "ingest: 0 new article(s)" in log and "build: 1 new edition(s)" in log
        assert "REVIEW placeholder(s)" in log and "held, not delivered" in log and "0 message(s) sent" in log
        assert len(smtp.inbox.messages) == 1
        assert "DRAFT (" in (tmp_path / "output" / "us-turkey-caatsa-sanctions.md").read_text(encoding="utf-8")

        # the analyst writes the placeholder; run 3: the finished edition is mailed
        assert write_placeholders(briefing) >= 1
        assert main(["update"]) == 0
        log = capsys.readouterr().err
        assert "build: 1 new edition(s)" in log and "1 message(s) sent" in log
        assert len(smtp.inbox.messages) == 2
        mail = smtp.inbox.messages[1]
        text = mail.get_body(preferencelist=("plain",)).get_content()
        assert "What changed since the edition of 2020-12-16:" in text
        assert "- New party: NATO (unclear)." in text  # an actor: Stoltenberg is a person of NATO
        assert f"- New quote from Jens Stoltenberg: “{STOLTENBERG[:60]}" in text
        assert CAVUSOGLU[:40] in text
        assert "New consequence" not in text  # none accepted; one rejected, the rest still proposed
        attached = next(iter(mail.iter_attachments())).get_content()
        assert attached == (tmp_path / "output" / "us-turkey-caatsa-sanctions.pdf").read_bytes()
        body = pdf_text(attached)
        assert "through dialogue" in body and "in kind and without delay" in body
        after = load_briefing(briefing)
        assert rejected.fingerprint in after.rejected
        assert all(c.description != rejected.summary for p in after.parties for c in p.consequences)

        # run 4, as the scheduler runs it (a child process): no news, nothing sent
        caplog.set_level(logging.INFO, logger=LOGGER.name)
        LOGGER.addHandler(caplog.handler)  # the CLI's "briefings" logger does not propagate
        config = load_config(tmp_path / "briefings.toml")
        try:
            assert run_schedule_once(config, config.settings.schedules[0]) == 0
        finally:
            LOGGER.removeHandler(caplog.handler)
        lines = [r.getMessage() for r in caplog.records if r.name == LOGGER.name]
        assert any("ingest: 0 new article(s), 0 proposed item(s)" in line for line in lines)
        assert any("build: 0 new edition(s)" in line for line in lines)
        assert any("deliver: 0 edition(s) queued, 0 message(s) sent, 0 failed" in line for line in lines)
        assert len(smtp.inbox.messages) == 2
