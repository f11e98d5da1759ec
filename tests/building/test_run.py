"""The write stage: atomic outputs, the lock, one failure not stopping the others."""

from __future__ import annotations

import errno
import os
import shutil
from pathlib import Path

import pytest
from conftest import CASES
from filelock import FileLock

from briefings.building.run import LOCK_NAME, Workspace, build
from briefings.errors import BriefingError, OutputProblem
from briefings.filesystem.writing import TEMP_PREFIX, atomic_write


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(CASES / "valid", tmp_path / "briefings")
    return tmp_path


def test_failed_replace_keeps_the_old_file_and_no_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.pdf"
    atomic_write(target, b"old contents")

    def disk_full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(OutputProblem, match=r"out\.pdf: cannot write: no space left on the device"):
        atomic_write(target, b"new contents")
    assert target.read_bytes() == b"old contents"
    assert [p.name for p in tmp_path.iterdir()] == ["out.pdf"]


def test_stale_temp_files_are_removed_by_the_next_build(workspace: Path) -> None:
    output = workspace / "output"
    output.mkdir()
    stale = output / f"{TEMP_PREFIX}abc.pdf"
    stale.write_bytes(b"half a pdf")
    report = build([workspace / "briefings"], Workspace.at(workspace), formats=["md"])
    assert report.ok and not stale.exists()


def test_second_build_with_no_wait_fails_while_locked(workspace: Path) -> None:
    output = workspace / "output"
    output.mkdir()
    with FileLock(str(output / LOCK_NAME)):
        with pytest.raises(BriefingError, match="another build is writing here"):
            build([workspace / "briefings"], Workspace.at(workspace), formats=["md"], wait_for_lock=False)
    assert not (output / "minimal.md").exists()


def test_one_failing_briefing_does_not_stop_the_others(workspace: Path) -> None:
    second = (workspace / "briefings" / "minimal.yaml").read_text().replace("id: minimal", "id: second")
    (workspace / "briefings" / "second.yaml").write_text(second)
    templates = workspace / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(
        "{% if briefing.id == 'minimal' %}{{ briefing.missing }}{% endif %}# {{ briefing.title }}\n"
    )
    report = build([workspace / "briefings"], Workspace.at(workspace), formats=["md"])
    assert list(report.failed) == [str(workspace / "briefings" / "minimal.yaml")]
    assert (workspace / "output" / "second.md").read_text() == "# A minimal briefing\n"


def test_two_briefings_with_one_id_are_refused(workspace: Path) -> None:
    shutil.copy(workspace / "briefings" / "minimal.yaml", workspace / "briefings" / "copy.yaml")
    with pytest.raises(BriefingError, match="briefing id 'minimal' is also used by"):
        build([workspace / "briefings"], Workspace.at(workspace), formats=["md"])


def test_a_rebuild_with_nothing_to_do_dates_the_manifest(workspace: Path) -> None:
    """So that a briefing saved unchanged makes only the next rebuild start its workers as the
    command begins (briefings.cli.early compares the briefings' dates with the manifest's)."""
    output = workspace / "output"
    assert build([workspace / "briefings"], Workspace.at(workspace), formats=["md"]).built
    manifest = output / ".briefings" / "manifest.json"
    written = manifest.read_bytes()
    os.utime(manifest, (1_000_000, 1_000_000))
    report = build([workspace / "briefings"], Workspace.at(workspace), formats=["md"])
    assert not report.built and report.skipped
    assert manifest.stat().st_mtime > 1_000_000 and manifest.read_bytes() == written
