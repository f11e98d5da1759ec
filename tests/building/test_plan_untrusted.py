"""The files a build leaves in ``output/`` are not trusted when the next build reads them.

Anyone who can write into ``output/`` can edit the manifest and the edition records, or plant
symbolic links and FIFOs. Each case here tampers with one thing and checks that the next build
ignores what does not fit (rebuilding the briefing), never writes outside ``output/``, never
hangs and never fails with an internal error; and that two briefing files with one id are
refused on every build, whatever the manifest says.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import CASES

from briefings.building.run import Workspace, build
from briefings.cli.app import EXIT_USER_ERROR, main
from briefings.errors import OutputProblem

FIRST = dt.datetime(2021, 3, 1, 12, 0, 0, tzinfo=dt.UTC)
SECOND = FIRST + dt.timedelta(days=1)
BUILT_AT = "20210301T120000Z"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    shutil.copytree(CASES / "valid", tmp_path / "ws" / "briefings")
    (tmp_path / "victim.txt").write_text("untouched")
    return tmp_path / "ws"


pytestmark = pytest.mark.usefixtures("no_hang")


def _build(ws: Path, now: dt.datetime = FIRST, formats: tuple[str, ...] = ("md",)):
    return build([ws / "briefings"], Workspace.at(ws), formats=list(formats), now=now)


def _manifest(ws: Path) -> Path:
    return ws / "output" / ".briefings" / "manifest.json"


def _edit_manifest(ws: Path, change: Callable[[dict[str, Any]], Any]) -> None:
    path = _manifest(ws)
    data = json.loads(path.read_text())
    entry = data["briefings"][str((ws / "briefings" / "minimal.yaml").resolve())]
    change(entry)
    path.write_text(json.dumps(data))


def _change_content(ws: Path) -> None:
    path = ws / "briefings" / "minimal.yaml"
    path.write_text(path.read_text().replace("Some outlook.", "A new outlook."))


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and not p.is_symlink()}


# --------------------------------------------------------------------------- duplicate ids

def _tamper_nothing(entry: dict[str, Any]) -> None:
    pass


def _tamper_id(entry: dict[str, Any]) -> None:
    entry["id"] = "something-else"


def _tamper_id_type(entry: dict[str, Any]) -> None:
    entry["id"] = 5


def _tamper_entry_away(entry: dict[str, Any]) -> None:
    entry.clear()


TAMPERS = [_tamper_nothing, _tamper_id, _tamper_id_type, _tamper_entry_away]


@pytest.mark.parametrize("tamper", TAMPERS, ids=[t.__name__[8:] for t in TAMPERS])
def test_a_copy_with_an_existing_id_is_refused_on_an_incremental_build(
        ws: Path, tamper: Callable[[dict[str, Any]], None], capsys: pytest.CaptureFixture[str]) -> None:
    assert _build(ws).ok
    _edit_manifest(ws, tamper)
    before = _snapshot(ws / "output")
    shutil.copy(ws / "briefings" / "minimal.yaml", ws / "briefings" / "copy.yaml")
    capsys.readouterr()
    code = main(["build", str(ws / "briefings"), "--workspace", str(ws), "--format", "md"])
    err = capsys.readouterr().err
    assert code == EXIT_USER_ERROR, err
    assert "briefing id 'minimal' is also used by" in err, err
    assert "copy.yaml" in err and "minimal.yaml" in err, err
    assert "internal error" not in err
    assert _snapshot(ws / "output") == before


def test_the_duplicate_is_refused_on_every_build_not_only_the_first(ws: Path) -> None:
    assert _build(ws).ok
    shutil.copy(ws / "briefings" / "minimal.yaml", ws / "briefings" / "copy.yaml")
    for _ in range(3):
        assert main(["build", str(ws / "briefings"), "--workspace", str(ws), "--format", "md"]) \
            == EXIT_USER_ERROR


# --------------------------------------------------------------------------- the manifest

MANIFEST_TAMPERS: list[tuple[str, Callable[[dict[str, Any]], Any]]] = [
    ("outputs emptied", lambda e: e.__setitem__("outputs", {})),
    ("outputs a string", lambda e: e.__setitem__("outputs", "minimal.md")),
    ("an output outside", lambda e: e.__setitem__("outputs", {"../victim.txt": "0" * 64})),
    ("deps a list", lambda e: e.__setitem__("deps", [1, 2])),
    ("deps emptied", lambda e: e.__setitem__("deps", {})),
    ("env null", lambda e: e.__setitem__("env", None)),
    ("an extra key", lambda e: e.__setitem__("trusted", True)),
    ("dep is /dev/zero", lambda e: e["deps"].__setitem__("/dev/zero", "0" * 64)),
    ("yaml hash a number", lambda e: e.__setitem__("yaml", 12)),
]


@pytest.mark.parametrize(("name", "tamper"), MANIFEST_TAMPERS, ids=[n for n, _ in MANIFEST_TAMPERS])
def test_a_manifest_entry_that_does_not_fit_is_ignored_and_the_briefing_rebuilt(
        ws: Path, name: str, tamper: Callable[[dict[str, Any]], Any],
        caplog: pytest.LogCaptureFixture) -> None:
    assert _build(ws).ok
    _edit_manifest(ws, tamper)
    with caplog.at_level(logging.WARNING):
        report = _build(ws)
    assert report.ok and report.built == [str(ws / "briefings" / "minimal.yaml")], report
    assert (ws.parent / "victim.txt").read_text() == "untouched"
    # the rebuilt entry is sound again: the next build skips it
    assert _build(ws).skipped == [str(ws / "briefings" / "minimal.yaml")]


@pytest.mark.parametrize("content", [b"", b"[1, 2]", b'{"briefings": 5}', b"{" * 100_000,
                                     b"\xff\xfe not json", b'{"briefings": {"x": null}}'],
                         ids=["empty", "a list", "briefings a number", "deep", "binary", "null entry"])
def test_a_manifest_that_is_not_ours_rebuilds_everything(ws: Path, content: bytes) -> None:
    assert _build(ws).ok
    _manifest(ws).write_bytes(content)
    report = _build(ws)
    assert report.ok and len(report.built) == 1


def test_a_dependency_that_is_a_fifo_does_not_hang_the_build(ws: Path) -> None:
    assert _build(ws).ok
    fifo = ws / "briefings" / "pipe.txt"
    os.mkfifo(fifo)
    _edit_manifest(ws, lambda e: e["deps"].__setitem__(str(fifo.resolve()), "0" * 64))
    report = _build(ws)  # the alarm fails the test if this blocks on the FIFO
    assert report.ok and len(report.built) == 1


def test_a_dependency_linked_to_dev_zero_is_not_read(ws: Path) -> None:
    assert _build(ws).ok
    link = ws / "briefings" / "zero.txt"
    link.symlink_to("/dev/zero")
    _edit_manifest(ws, lambda e: e["deps"].__setitem__(str(link.absolute()), "0" * 64))
    report = _build(ws)
    assert report.ok and len(report.built) == 1


def test_a_manifest_linked_outside_is_neither_read_nor_written_through(ws: Path) -> None:
    assert _build(ws).ok
    victim = ws.parent / "victim.txt"
    _manifest(ws).unlink()
    _manifest(ws).symlink_to(victim)
    report = _build(ws)
    assert report.ok and len(report.built) == 1
    assert victim.read_text() == "untouched"
    assert not _manifest(ws).is_symlink()  # the link itself was replaced


# --------------------------------------------------------------------------- editions

def _edition(ws: Path) -> Path:
    return ws / "output" / ".briefings" / "editions" / "minimal.json"


@pytest.mark.parametrize("built_at", ["../../../../../escape", "/tmp/escape", "2021", 20210301,
                                      "20210301T120000Z\n", "٢٠٢١٠٣٠١T120000Z"])
def test_an_edition_built_at_that_is_not_a_timestamp_is_ignored(
        ws: Path, built_at: Any, caplog: pytest.LogCaptureFixture) -> None:
    assert _build(ws).ok
    record = json.loads(_edition(ws).read_text())
    record["built_at"] = built_at
    _edition(ws).write_text(json.dumps(record))
    _change_content(ws)
    outside_before = sorted(p.name for p in ws.parent.iterdir())
    with caplog.at_level(logging.WARNING):
        report = _build(ws, SECOND)
    assert report.ok and report.editions == []
    assert sorted(p.name for p in ws.parent.iterdir()) == outside_before
    assert not (ws.parent / "escape").exists() and not Path("/tmp/escape").exists()
    assert any("ignored" in r.getMessage() and "built_at" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("record", [{"data": 5, "base": None, "built_at": BUILT_AT},
                                    {"data": {"id": "minimal"}, "base": None, "built_at": BUILT_AT},
                                    {"base": None, "built_at": BUILT_AT}, [], "text"],
                         ids=["data a number", "data not a briefing", "data missing", "a list",
                              "a string"])
def test_an_edition_record_of_the_wrong_shape_is_ignored(ws: Path, record: Any) -> None:
    assert _build(ws).ok
    _edition(ws).write_text(json.dumps(record))
    _change_content(ws)
    report = _build(ws, SECOND)
    assert report.ok and report.editions == []


def test_an_output_linked_outside_is_not_copied_into_the_edition(ws: Path) -> None:
    secret = ws.parent / "secret.txt"
    secret.write_bytes(b"TOP-SECRET")
    assert _build(ws).ok
    output = ws / "output" / "minimal.md"
    output.unlink()
    output.symlink_to(secret)
    _change_content(ws)
    report = _build(ws, SECOND)
    assert report.ok
    kept = ws / "output" / "editions" / "minimal" / BUILT_AT
    assert not (kept / "minimal.md").exists()
    assert all(b"TOP-SECRET" not in p.read_bytes() for p in (ws / "output").rglob("*") if p.is_file())
    assert secret.read_bytes() == b"TOP-SECRET"
    assert not output.is_symlink() and b"A new outlook." in output.read_bytes()


def test_a_link_planted_in_the_editions_folder_is_replaced_not_written_through(ws: Path) -> None:
    victim = ws.parent / "victim.txt"
    assert _build(ws).ok
    kept = ws / "output" / "editions" / "minimal" / BUILT_AT
    kept.mkdir(parents=True)
    (kept / "minimal.md").symlink_to(victim)
    (kept / "briefing.json").symlink_to(victim)
    _change_content(ws)
    report = _build(ws, SECOND)
    assert report.ok and report.editions == [kept]
    assert victim.read_text() == "untouched"
    assert not (kept / "minimal.md").is_symlink() and b"Some outlook." in (kept / "minimal.md").read_bytes()


def test_an_editions_folder_linked_outside_is_refused(ws: Path) -> None:
    outside = ws.parent / "elsewhere"
    outside.mkdir()
    assert _build(ws).ok
    (ws / "output" / "editions").mkdir()
    (ws / "output" / "editions" / "minimal").symlink_to(outside, target_is_directory=True)
    _change_content(ws)
    report = _build(ws, SECOND)
    reason = report.failed.get(str(ws / "briefings" / "minimal.yaml"), "")
    assert "refusing to write there" in reason and "outside" in reason, report
    assert list(outside.iterdir()) == []


def test_a_state_folder_linked_outside_is_neither_read_nor_written(ws: Path) -> None:
    outside = ws.parent / "elsewhere"
    assert _build(ws).ok
    shutil.move(ws / "output" / ".briefings", outside)
    (ws / "output" / ".briefings").symlink_to(outside, target_is_directory=True)
    before = _snapshot(outside)
    _change_content(ws)
    with pytest.raises(OutputProblem, match="refusing to write there"):
        _build(ws, SECOND)
    assert _snapshot(outside) == before


def test_a_lock_file_that_is_a_link_gives_a_clear_error(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (ws / "output").mkdir()
    (ws / "output" / ".briefings.lock").symlink_to(ws.parent / "victim.txt")
    code = main(["build", str(ws / "briefings"), "--workspace", str(ws), "--format", "md"])
    err = capsys.readouterr().err
    assert code == EXIT_USER_ERROR, err
    assert "the lock file is a symbolic link" in err
    assert (ws.parent / "victim.txt").read_text() == "untouched"
