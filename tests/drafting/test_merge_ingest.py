"""What ingest proposes from an article carries the drafting rules: the timeline event it adds
is marked REVIEW when the article gives no date (the day it was read stands in), and an
outlet credited with words never becomes a party."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from briefings.cli.app import main
from briefings.ingest.run import ingest
from briefings.load.toml import load_config
from briefings.review.decide import read_tree
from briefings.schema.config import Config
from tests.conftest import SEEDS

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
NOW = dt.datetime(2021, 2, 3, 6, 30, tzinfo=dt.UTC)
ARTICLE = ("Talks on the sanctions resume\n\n"
           "Delegations met again to discuss the sanctions and the air defence purchase this week.\n\n"
           '"We expect a written answer before the summer," Mike Pompeo said.\n\n'
           '"The meeting was calm and long," the Xinhua news agency said.\n')


def talks_in_the_inbox(root: Path) -> Config:
    """A workspace whose seed briefing is fed by an inbox holding ARTICLE; its configuration."""
    shutil.copytree(SEEDS, root / "seeds")
    (root / "briefings.toml").write_text(f'[[inputs]]\nbriefing = "{BRIEFING}"\ninbox = "inbox"\n', encoding="utf-8")
    (root / "inbox").mkdir()
    (root / "inbox" / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    return load_config(root / "briefings.toml")


def test_an_undated_article_proposes_a_timeline_event_marked_review(tmp_path: Path) -> None:
    report = ingest(talks_in_the_inbox(tmp_path), now=NOW)
    assert report.problems == [] and report.articles == 1
    text = (tmp_path / BRIEFING).read_text(encoding="utf-8")
    event_line = next(line for line in text.splitlines() if "date: 2021-02-03" in line or "date: '2021-02-03'" in line)
    assert "REVIEW: placeholder" in event_line
    tree = read_tree(tmp_path / BRIEFING)
    assert not [p for p in tree["parties"] if "xinhua" in str(p["name"]).lower()]
    review = next(p for p in tree["parties"] if p["name"] == "Unattributed quotes")
    assert [q["text"] for q in review["quotes"]] == ["The meeting was calm and long"]


def test_drafts_that_would_not_validate_leave_the_article_archived_and_settled(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Should drafting ever produce something invalid, the briefing stays valid, the article is
    archived with its event alone, the run says why once, and the next run has nothing to redo."""
    import briefings.ingest.archive as archive

    real = archive._drafted  # the drafting runs in the reading worker: spoil what comes back

    def spoiled(*args: object, **kwargs: object) -> object:
        result = real(*args, **kwargs)  # type: ignore[arg-type]
        for party in result.tree["parties"]:
            for quote in party.get("quotes", None) or []:
                if quote.get("source") != "seed-article":
                    quote["speaker"] = "nobody-known"
        return result

    monkeypatch.setattr(archive, "_drafted", spoiled)
    first = ingest(talks_in_the_inbox(tmp_path), now=NOW)
    assert first.articles == 1 and len(first.problems) == 1
    assert "without proposals" in first.problems[0] and "nobody-known" in first.problems[0]
    assert main(["validate", str(tmp_path / BRIEFING)]) == 0
    assert "nobody-known" not in (tmp_path / BRIEFING).read_text(encoding="utf-8")
    assert (tmp_path / "seeds" / "sources").is_dir() and len(list((tmp_path / "seeds" / "sources").iterdir())) == 1
    second = ingest(load_config(tmp_path / "briefings.toml"), now=NOW)
    assert (second.articles, second.problems) == (0, [])
