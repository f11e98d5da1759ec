"""A workspace build past an invalid briefing, outputs up to date per format, progress that moves
with files in place (issue 22, points 8, 11 and 12)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CASES

from briefings.building.progress import ProgressEvent, Stage
from briefings.building.run import build
from briefings.building.workspace import Workspace
from briefings.cli.app import EXIT_USER_ERROR, main
from briefings.errors import ValidationFailed


def _workspace(tmp_path: Path, briefs: dict[str, str]) -> Path:
    """A folder of briefings: each a copy of minimal.yaml with its id and the edits given."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    shutil.copy(CASES / "valid" / "article.txt", folder / "article.txt")
    base = (CASES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    for name, extra in briefs.items():
        (folder / f"{name}.yaml").write_text(base.replace("id: minimal", f"id: {name}") + extra,
                                             encoding="utf-8")
    return folder


def test_an_invalid_briefing_does_not_stop_the_valid_ones(tmp_path: Path) -> None:
    folder = _workspace(tmp_path, {"first": "", "broken": "colour: red\n", "last": ""})
    report = build([folder], Workspace.at(tmp_path), formats=["md"])
    assert sorted(Path(p).name for p in report.built) == ["first.yaml", "last.yaml"]
    assert list(report.invalid) == [str(folder / "broken.yaml")]
    assert any("colour: unknown key 'colour'" in str(i) for i in report.invalid[str(folder / "broken.yaml")])
    assert not report.ok and "1 invalid" in report.summary()
    assert sorted(p.name for p in (tmp_path / "output").glob("*.md")) == ["first.md", "last.md"]


def test_an_invalid_briefing_beside_up_to_date_ones(tmp_path: Path) -> None:
    folder = _workspace(tmp_path, {"kept": ""})
    assert build([folder], Workspace.at(tmp_path), formats=["md", "pdf"]).ok
    (folder / "broken.yaml").write_text("id: broken\ncolour: red\n")
    report = build([folder], Workspace.at(tmp_path), formats=["md", "pdf"])
    assert [Path(p).name for p in report.skipped] == ["kept.yaml"]
    assert list(report.invalid) == [str(folder / "broken.yaml")] and report.built == []


def test_a_build_of_only_invalid_briefings_writes_nothing(tmp_path: Path) -> None:
    folder = _workspace(tmp_path, {"broken": "colour: red\n"})
    with pytest.raises(ValidationFailed):
        build([folder], Workspace.at(tmp_path), formats=["md"])
    assert not list((tmp_path / "output").glob("*.md"))


def test_the_cli_lists_the_invalid_briefing_and_exits_1(tmp_path: Path,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    folder = _workspace(tmp_path, {"good": "", "broken": "colour: red\n"})
    code = main(["build", str(folder), "--format", "md", "--workspace", str(tmp_path)])
    _, err = capsys.readouterr()
    assert code == EXIT_USER_ERROR
    assert f"{folder / 'broken.yaml'}:45:1: colour: unknown key 'colour'" in err
    assert "invalid " + str(folder / "broken.yaml") in err  # its progress line
    assert "nothing was written for 1 invalid briefing(s)" in err
    assert (tmp_path / "output" / "good.md").is_file()


def test_outputs_are_up_to_date_per_format(tmp_path: Path) -> None:
    folder = _workspace(tmp_path, {"story": ""})
    space = Workspace.at(tmp_path)
    assert len(build([folder], space, formats=["html"]).built) == 1
    assert len(build([folder], space, formats=["md"]).built) == 1  # md was never built
    again = build([folder], space, formats=["md", "html"])
    assert again.built == [] and len(again.skipped) == 1  # both up to date, each on its own
    (tmp_path / "output" / "story.html").write_text("edited by hand")
    assert len(build([folder], space, formats=["md"]).skipped) == 1  # md still good
    assert len(build([folder], space, formats=["html"]).built) == 1  # html is rebuilt
    (folder / "story.yaml").write_text((folder / "story.yaml").read_text().replace(
        "Some outlook.", "Another outlook."))
    assert len(build([folder], space, formats=["md"]).built) == 1
    assert len(build([folder], space, formats=["html"]).built) == 1  # not the old html's record


@pytest.mark.parametrize("formats", [["md"], ["md", "pdf"]], ids=["text here", "in the pool"])
def test_each_briefing_is_in_place_when_its_built_event_comes(formats: list[str], tmp_path: Path) -> None:
    folder = _workspace(tmp_path, {"one": "", "two": "", "three": ""})
    seen: list[tuple[Stage, int, bool]] = []

    def on_event(event: ProgressEvent) -> None:
        if event.stage is Stage.BUILT:
            outputs = [tmp_path / "output" / f"{event.path.stem}.{fmt}" for fmt in formats]
            seen.append((event.stage, event.done, all(path.is_file() for path in outputs)))

    report = build([folder], Workspace.at(tmp_path), formats=formats, progress=on_event, workers=2)
    assert report.ok, report.failed
    assert seen == [(Stage.BUILT, 1, True), (Stage.BUILT, 2, True), (Stage.BUILT, 3, True)]
