"""Regular builds: skipping, rebuilding on each kind of change, editions, reproducibility,
parallel workers, the lock and a build killed in the middle of a write."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from conftest import CASES, ROOT, SEEDS
from filelock import FileLock
from pypdf import PdfReader

from briefings.building.run import LOCK_NAME, Workspace, build
from briefings.cli.app import EXIT_OK, main


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(CASES / "valid", tmp_path / "briefings")
    return tmp_path


def _build(workspace: Path, **options):
    options.setdefault("formats", ["md"])
    return build([workspace / "briefings"], Workspace.at(workspace), **options)


def test_unchanged_briefing_is_skipped_and_force_rebuilds(workspace: Path) -> None:
    first = _build(workspace)
    assert len(first.built) == 1 and first.skipped == []
    second = _build(workspace)
    assert second.built == [] and len(second.skipped) == 1
    assert second.summary() == "nothing to build: 1 briefing(s) up to date"
    forced = _build(workspace, force=True)
    assert len(forced.built) == 1


@pytest.mark.parametrize("change", ["yaml", "source", "template", "format", "deleted output"])
def test_each_kind_of_change_triggers_a_rebuild(change: str, workspace: Path) -> None:
    _build(workspace)
    options = {}
    if change == "yaml":
        path = workspace / "briefings" / "minimal.yaml"
        path.write_text(path.read_text().replace("Some outlook.", "A new outlook."))
    elif change == "source":
        path = workspace / "briefings" / "article.txt"
        path.write_text(path.read_text() + "Another line.\n")
    elif change == "template":
        (workspace / "templates").mkdir()
        (workspace / "templates" / "briefing.md.j2").write_text("# {{ briefing.title }}\n")
    elif change == "format":
        options["formats"] = ["md", "html"]
    else:
        (workspace / "output" / "minimal.md").unlink()
    report = _build(workspace, **options)
    assert len(report.built) == 1, change


def test_second_cli_build_builds_nothing_and_says_so(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["build", str(workspace / "briefings"), "--workspace", str(workspace), "--format", "md"]
    assert main(args) == EXIT_OK
    capsys.readouterr()
    assert main(args) == EXIT_OK
    assert "nothing to build: 1 briefing(s) up to date" in capsys.readouterr().err


def test_what_changed_after_editing_a_quote_and_a_stance(seed_copy: Path, tmp_path: Path) -> None:
    workspace = Workspace.at(tmp_path)
    build([seed_copy], workspace, formats=["md"])
    first = (tmp_path / "output" / "us-turkey-caatsa-sanctions.md").read_text()
    assert "What changed" not in first
    text = seed_copy.read_text()
    # the CHP's stance changes; Pompeo's third quote is replaced by another verbatim one
    text = text.replace("      stance: opposes\n      summary: >-\n        Turkey's largest",
                        "      stance: mixed\n      summary: >-\n        Turkey's largest")
    text = text.replace("      - text: decades-long history of productive defence-sector cooperation\n",
                        "      - text: a valued ally\n")
    seed_copy.write_text(text)
    report = build([seed_copy], workspace, formats=["md"])
    assert report.built and report.editions
    markdown = (tmp_path / "output" / "us-turkey-caatsa-sanctions.md").read_text()
    section = markdown.split("## What changed since the last edition", 1)[1].split("\n## ", 1)[0]
    assert "Compared with the edition as of 16 December 2020." in section
    assert "Republican People's Party: stance changed from opposes to mixed." in section
    assert "New quote from Mike Pompeo: “a valued ally”" in section
    assert "Quote removed (Mike Pompeo): “decades-long history of productive defence-sector cooperation”" in section
    # the previous edition is kept, with the data it was made from
    (edition,) = report.editions
    assert "What changed" not in (edition / "us-turkey-caatsa-sanctions.md").read_text()
    assert (edition / "briefing.json").exists()
    # re-rendering the same content keeps the section (same base), and makes no new edition
    again = build([seed_copy], workspace, formats=["md"], force=True)
    assert again.editions == []
    assert (tmp_path / "output" / "us-turkey-caatsa-sanctions.md").read_text() == markdown


def test_same_inputs_give_byte_identical_pdfs(tmp_path: Path) -> None:
    first = build([SEEDS / "us-turkey-caatsa-sanctions.yaml"], Workspace.at(tmp_path / "a"), formats=["pdf"])
    time.sleep(1.1)  # a clock-derived timestamp would now differ
    second = build([SEEDS / "us-turkey-caatsa-sanctions.yaml"], Workspace.at(tmp_path / "b"), formats=["pdf"])
    assert first.ok and second.ok
    a = (tmp_path / "a" / "output" / "us-turkey-caatsa-sanctions.pdf").read_bytes()
    b = (tmp_path / "b" / "output" / "us-turkey-caatsa-sanctions.pdf").read_bytes()
    assert a == b


def test_parallel_workers_build_everything(workspace: Path) -> None:
    for n in range(3):
        text = (workspace / "briefings" / "minimal.yaml").read_text().replace("id: minimal", f"id: copy-{n}")
        (workspace / "briefings" / f"copy-{n}.yaml").write_text(text)
    report = _build(workspace, formats=["md", "pdf"], workers=2)
    assert report.ok and len(report.built) == 4
    for name in ("minimal", "copy-0", "copy-1", "copy-2"):
        assert PdfReader(workspace / "output" / f"{name}.pdf").pages


def test_second_build_waits_for_the_lock(workspace: Path) -> None:
    output = workspace / "output"
    output.mkdir()
    lock = FileLock(str(output / LOCK_NAME))
    lock.acquire()
    finished = threading.Event()
    thread = threading.Thread(target=lambda: (_build(workspace), finished.set()))
    thread.start()
    time.sleep(0.5)
    assert not finished.is_set()  # waiting, not writing
    assert not (output / "minimal.md").exists()
    lock.release()
    thread.join(timeout=30)
    assert finished.is_set() and (output / "minimal.md").exists()


KILLED_BUILD = """
import os, sys, time
from pathlib import Path
from briefings.filesystem import writing as fsio
from briefings.building.run import Workspace, build

real_replace = os.replace
def slow_replace(src, dst):
    if str(dst).endswith(".pdf"):
        print("writing", flush=True)
        time.sleep(60)
    real_replace(src, dst)
fsio.os.replace = slow_replace
build([Path(sys.argv[1])], Workspace.at(Path(sys.argv[2])), formats=["pdf"], force=True)
"""


def test_build_killed_while_writing_leaves_the_old_pdf(seed_copy: Path, tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    build([seed_copy], Workspace.at(workspace), formats=["pdf"])
    pdf = workspace / "output" / "us-turkey-caatsa-sanctions.pdf"
    before = pdf.read_bytes()
    process = subprocess.Popen(
        [sys.executable, "-c", KILLED_BUILD, str(seed_copy), str(workspace)],
        stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    assert process.stdout.readline().strip() == "writing"  # the new PDF is in its temp file
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    assert pdf.read_bytes() == before
    assert len(PdfReader(pdf).pages) >= 2
    leftovers = [p for p in (workspace / "output").iterdir() if p.name.startswith(".briefings-tmp-")]
    assert leftovers  # the killed build's temp file ...
    build([seed_copy], Workspace.at(workspace), formats=["pdf"])
    assert not [p for p in (workspace / "output").iterdir() if p.name.startswith(".briefings-tmp-")]
