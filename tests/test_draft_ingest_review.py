"""What ingest proposes from an article carries the drafting rules: the timeline event it adds
is marked REVIEW when the article gives no date (the day it was read stands in), and an
outlet credited with words never becomes a party."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from briefings.ingest.run import ingest
from briefings.load.toml import load_config
from briefings.review.decide import read_tree
from tests.conftest import SEEDS

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
NOW = dt.datetime(2021, 2, 3, 6, 30, tzinfo=dt.UTC)
ARTICLE = ("Talks on the sanctions resume\n\n"
           "Delegations met again to discuss the sanctions and the air defence purchase this week.\n\n"
           '"We expect a written answer before the summer," Mike Pompeo said.\n\n'
           '"The meeting was calm and long," the Xinhua news agency said.\n')


def test_an_undated_article_proposes_a_timeline_event_marked_review(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "briefings.toml").write_text(
        f'[[inputs]]\nbriefing = "{BRIEFING}"\ninbox = "inbox"\n', encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "inbox" / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    report = ingest(load_config(tmp_path / "briefings.toml"), now=NOW)
    assert report.problems == [] and report.articles == 1
    text = (tmp_path / BRIEFING).read_text(encoding="utf-8")
    event_line = next(line for line in text.splitlines() if "date: 2021-02-03" in line or "date: '2021-02-03'" in line)
    assert "REVIEW: placeholder" in event_line
    tree = read_tree(tmp_path / BRIEFING)
    assert not [p for p in tree["parties"] if "xinhua" in str(p["name"]).lower()]
    review = next(p for p in tree["parties"] if p["name"] == "Unattributed quotes")
    assert [q["text"] for q in review["quotes"]] == ["The meeting was calm and long"]
