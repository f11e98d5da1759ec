"""The loop's own state and edits under stress: the ingest state read through a strict model and
kept per briefing path, ``review`` waiting for the lock ``ingest`` holds, an inbox entry that
is a folder, text from articles shown on a terminal (never read as rich markup), and a
schedule's own briefing patterns. Each through the real CLI."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from briefings.cli.app import main
from briefings.review.items import proposed
from briefings.review.lock import briefing_lock
from tests.conftest import CASES, ROOT, SEEDS
from tests.review.test_decide import propose

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
ARTICLE = (CASES / "articles" / "wire-us-congress.txt").read_text(encoding="utf-8")


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "inbox").mkdir()
    (tmp_path / "briefings.toml").write_text(
        f'formats = ["md"]\n[[inputs]]\nbriefing = "{BRIEFING}"\ninbox = "inbox"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def state_files(root: Path) -> list[Path]:
    return sorted((root / ".briefings" / "ingest").glob("*.json"))


@pytest.mark.parametrize("content, where", [
    ('{"seen_urls": {"https://a.example.org/": 3}}', "seen_urls.https://a.example.org/: Input should be a valid string"),
    ('{"feeds": []}', "feeds: Input should be an object"),
    ('{"inbox": {"not-a-digest": "x.txt"}}', "inbox.not-a-digest.[key]: String should match pattern"),
    ('{"seen_urls": {}, "extra": 1}', "extra: Extra inputs are not permitted"),
    ("[1, 2", "Invalid JSON"),
])
def test_an_ingest_state_of_the_wrong_shape_is_a_clear_error(content: str, where: str, ws: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "inbox" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest"]) == 0
    [state] = state_files(ws)
    state.write_text(content, encoding="utf-8")
    (ws / "inbox" / "b.txt").write_text(ARTICLE + "\nA line added later.\n", encoding="utf-8")
    before = (ws / BRIEFING).read_bytes()
    capsys.readouterr()
    assert main(["ingest"]) == 1
    err = capsys.readouterr().err
    assert str(state.name) in err and where in err and "move it away to start afresh" in err, err
    assert "Traceback" not in err and (ws / BRIEFING).read_bytes() == before


def test_an_ingest_state_linked_outside_is_not_read(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "inbox" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest"]) == 0
    [state] = state_files(ws)
    outside = ws.parent / "outside.json"
    outside.write_text(state.read_text())
    state.unlink()
    state.symlink_to(outside)
    capsys.readouterr()
    assert main(["ingest"]) == 1
    assert "(a symbolic link?); it is not used" in capsys.readouterr().err


def test_two_briefings_with_one_file_name_keep_a_state_each(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = ws / "desk-b" / "us-turkey-caatsa-sanctions.yaml"
    shutil.copytree(SEEDS, other.parent)
    text = other.read_text(encoding="utf-8").replace("id: us-turkey-caatsa-sanctions", "id: desk-b-copy", 1)
    other.write_text(text, encoding="utf-8")
    (ws / "inbox-b").mkdir()
    with (ws / "briefings.toml").open("a", encoding="utf-8") as config:
        config.write('[[inputs]]\nbriefing = "desk-b/us-turkey-caatsa-sanctions.yaml"\ninbox = "inbox-b"\n')
    for folder in ("inbox", "inbox-b"):
        (ws / folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest"]) == 0
    assert "2 new article(s)" in capsys.readouterr().err  # one each: neither silently skipped
    assert len(state_files(ws)) == 2
    assert proposed_count(ws / BRIEFING) > 0 and proposed_count(other) > 0


def proposed_count(path: Path) -> int:
    from briefings.review.decide import read_tree

    return len(proposed(read_tree(path)))


def test_a_folder_named_like_an_article_in_the_inbox_is_reported(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "inbox" / "x.eml").mkdir()
    (ws / "inbox" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert main(["ingest"]) == 1
    err = capsys.readouterr().err
    assert "x.eml is not a regular file; it is not read (only regular files are read from the inbox)" in err
    assert "1 new article(s)" in err and "Traceback" not in err


def test_review_waits_for_the_lock_ingest_holds(ws: Path) -> None:
    """While the briefing's lock is held (as ingest holds it while it drafts), ``review
    --accept`` changes nothing; once it is released the decision is written, and kept."""
    briefing = ws / BRIEFING
    propose(briefing)
    item = proposed_items(briefing)[0]
    lock = briefing_lock(ws, briefing)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    review = subprocess.Popen([sys.executable, "-m", "briefings", "review", str(briefing), "--accept",
                               item], cwd=ws, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        before = briefing.read_bytes()
        time.sleep(3)  # review has long started, and must be waiting
        assert review.poll() is None and briefing.read_bytes() == before
    finally:
        threading.Timer(0, lock.release).run()
    out, err = review.communicate(timeout=120)
    assert review.returncode == 0, err
    assert item not in proposed_items(briefing)


def proposed_items(path: Path) -> list[str]:
    from briefings.review.decide import read_tree

    return [item.fingerprint[:12] for item in proposed(read_tree(path))]


# --------------------------------------------------------------------------- text on a terminal


MARKUP = "We will close [/bold] the [red]border[/red] tonight and then reopen it"


def test_rich_markup_in_a_quote_is_shown_as_typed_in_the_table(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # wide enough that no cell wraps the quote
    article = tmp_path / "article.txt"
    article.write_text(f'The minister said: "{MARKUP}," in a speech on Monday.\n', encoding="utf-8")
    assert main(["quotes", "--format", "table", str(article)]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "[/bold] the [red]border[/red]" in out.replace("│", "").replace("  ", " ")


def test_rich_markup_in_a_failure_is_shown_as_typed_on_a_terminal(monkeypatch: pytest.MonkeyPatch,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    from briefings.building.progress import ProgressEvent, Stage
    from briefings.cli.progress import progress_display

    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    with progress_display() as on_event:
        on_event(ProgressEvent(Stage.FAILED, Path("[bold]x.yaml"), 1, 1, f"quote '{MARKUP}' not found"))
    shown = "".join(capsys.readouterr())
    assert "[/bold] the [red]border[/red]" in shown and "[bold]x.yaml" in shown


def test_a_schedules_own_patterns_name_its_briefings(ws: Path) -> None:
    from briefings.load.toml import load_config
    from briefings.schedule.run import build_command

    (ws / "briefings.toml").write_text('formats = ["md"]\n[[schedules]]\nname = "m"\ncron = "0 7 * * *"\n'
                                       'briefings = ["seeds/*.yaml"]\n', encoding="utf-8")
    config = load_config(ws / "briefings.toml")
    command = build_command(config, config.settings.schedules[0])
    result = subprocess.run(command, cwd=ws, env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert (ws / "output" / "us-turkey-caatsa-sanctions.md").is_file()
    assert json.loads((ws / "output" / ".briefings" / "manifest.json").read_text())["briefings"]
