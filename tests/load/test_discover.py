"""Issue 20, point 13: what ``briefings validate`` does with briefing files that are not what
they seem: a FIFO named ``*.yaml``, a link leading out of the workspace, a name with U+202E.
Each is run through the real CLI from inside the workspace."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import CASES

from briefings.cli.app import main


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(CASES / "valid", tmp_path / "ws" / "seeds")
    shutil.copytree(CASES / "valid", tmp_path / "elsewhere")
    monkeypatch.chdir(tmp_path / "ws")
    return tmp_path / "ws"


def _validate(*paths: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    status = main(["validate", *paths])
    captured = capsys.readouterr()
    return status, captured.out + captured.err


def test_a_fifo_named_like_a_briefing_is_reported_as_a_fifo(ws: Path, capsys) -> None:
    os.mkfifo(ws / "seeds" / "waiting.yaml")
    os.mkfifo(ws / "named.yaml")
    status, output = _validate("seeds", "named.yaml", capsys=capsys)
    assert status == 1
    for name in ("seeds/waiting.yaml", "named.yaml"):
        assert f"{name}: is a FIFO (named pipe), not a regular file; it is not read" in output
    assert "no such file" not in output


@pytest.mark.parametrize("how", ["file in a folder", "file named", "folder named"])
def test_a_link_out_of_the_workspace_is_not_followed(how: str, ws: Path, capsys) -> None:
    outside = ws.parent / "elsewhere"
    (outside / "minimal.yaml").write_text((outside / "minimal.yaml").read_text().replace(
        "short_name: A", "shortname: A"))  # would be reported, with its text, if it were read
    if how == "folder named":
        (ws / "linked").symlink_to(outside, target_is_directory=True)
        target = "linked"
    else:
        (ws / "seeds" / "linked.yaml").symlink_to(outside / "minimal.yaml")
        target = "seeds" if how == "file in a folder" else "seeds/linked.yaml"
    status, output = _validate(target, capsys=capsys)
    assert status == 1
    assert "leads out of the workspace" in output and f"(to {outside.resolve()}" in output
    assert "shortname" not in output


def test_a_link_inside_the_workspace_and_a_file_named_outside_are_read(ws: Path, capsys) -> None:
    (ws / "drafts").mkdir()
    shutil.copy(ws / "seeds" / "article.txt", ws / "drafts")
    (ws / "drafts" / "minimal.yaml").symlink_to(ws / "seeds" / "minimal.yaml")
    for target in ("drafts", str(ws.parent / "elsewhere" / "minimal.yaml")):
        status, output = _validate(target, capsys=capsys)
        assert status == 0, output


def test_a_right_to_left_override_in_a_file_name_is_shown_escaped(ws: Path, capsys) -> None:
    name = "report\u202elmay.yaml"
    text = (ws / "seeds" / "minimal.yaml").read_text().replace("short_name: A", "shortname: A")
    (ws / "seeds" / name).write_text(text)
    status, output = _validate("seeds", capsys=capsys)
    assert status == 1
    assert "\u202e" not in output
    assert "seeds/report[U+202E]lmay.yaml:24:5: parties[0].shortname: unknown key" in output
