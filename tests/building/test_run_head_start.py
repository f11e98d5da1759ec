"""The head start of a batch (briefings.building.run._Build._head_start): the first valid brief
for each worker is validated and its page handed to a worker before the others are validated,
and nothing is written before every brief's id is known to be its own."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import CASES

from briefings.building import run as run_module
from briefings.building.pool import RenderPool
from briefings.building.run import build
from briefings.building.workspace import Workspace
from briefings.errors import BriefingError


def _briefs(tmp_path: Path, ids: dict[str, str]) -> Path:
    """A folder of briefings named as the keys of ``ids``: copies of minimal.yaml with those ids
    (an id "broken" makes the brief invalid)."""
    folder = tmp_path / "briefs"
    folder.mkdir()
    shutil.copy(CASES / "valid" / "article.txt", folder / "article.txt")
    base = (CASES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    for name, brief_id in ids.items():
        text = base.replace("id: minimal", f"id: {brief_id}")
        (folder / f"{name}.yaml").write_text(text + ("colour: red\n" if brief_id == "broken" else ""),
                                             encoding="utf-8")
    return folder


@pytest.fixture
def steps(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What the build validates and hands to the workers, in order."""
    done: list[str] = []
    validate_each, submit = run_module.validate_each, RenderPool.submit

    def validating(paths: list[Path], **options: Any) -> Any:
        done.append("validate " + " ".join(path.stem for path in paths))
        return validate_each(paths, **options)

    def submitting(self: RenderPool, function: Any, item: Any, name: str) -> Any:
        done.append("lay out " + Path(name.split(" (")[0]).stem)
        return submit(self, function, item, name)

    monkeypatch.setattr(run_module, "validate_each", validating)
    monkeypatch.setattr(RenderPool, "submit", submitting)
    return done


def test_the_first_page_goes_to_a_worker_before_the_others_are_validated(
        tmp_path: Path, steps: list[str]) -> None:
    folder = _briefs(tmp_path, {"a": "first", "b": "second", "c": "third"})
    report = build([folder], Workspace.at(tmp_path), formats=["pdf"], workers=1)
    assert steps == ["validate a", "lay out a", "validate b c", "lay out b", "lay out c"]
    assert sorted(Path(p).name for p in report.built) == ["a.yaml", "b.yaml", "c.yaml"]
    assert sorted(p.name for p in (tmp_path / "output").glob("*.pdf")) == [
        "first.pdf", "second.pdf", "third.pdf"]


def test_each_worker_gets_a_page_before_the_rest_are_validated(
        tmp_path: Path, steps: list[str]) -> None:
    folder = _briefs(tmp_path, {"a": "first", "b": "broken", "c": "third", "d": "fourth",
                                "e": "fifth"})
    report = build([folder], Workspace.at(tmp_path), formats=["pdf"], workers=2)
    assert steps == ["validate a", "lay out a", "validate b", "validate c", "lay out c",
                     "validate d e", "lay out d", "lay out e"]
    assert sorted(Path(p).name for p in report.built) == ["a.yaml", "c.yaml", "d.yaml", "e.yaml"]
    assert list(report.invalid) == [str(folder / "b.yaml")]
    assert sorted(p.name for p in (tmp_path / "output").glob("*.pdf")) == [
        "fifth.pdf", "first.pdf", "fourth.pdf", "third.pdf"]


def test_a_clash_between_the_pages_of_the_head_start_writes_nothing(
        tmp_path: Path, steps: list[str]) -> None:
    folder = _briefs(tmp_path, {"a": "same", "b": "same", "c": "other"})
    with pytest.raises(BriefingError, match="briefing id 'same' is also used by"):
        build([folder], Workspace.at(tmp_path), formats=["pdf"], workers=2)
    assert steps[:4] == ["validate a", "lay out a", "validate b", "lay out b"]
    assert [p.name for p in (tmp_path / "output").iterdir()] == [".briefings.lock"]


def test_a_clash_of_ids_found_after_the_head_start_writes_nothing(
        tmp_path: Path, steps: list[str]) -> None:
    folder = _briefs(tmp_path, {"a": "same", "b": "other", "c": "same"})
    with pytest.raises(BriefingError, match="briefing id 'same' is also used by"):
        build([folder], Workspace.at(tmp_path), formats=["pdf"], workers=1)
    assert steps[:2] == ["validate a", "lay out a"]
    assert not list((tmp_path / "output").glob("*.pdf"))


def test_an_invalid_first_brief_is_passed_over_and_the_others_are_built(
        tmp_path: Path, steps: list[str]) -> None:
    folder = _briefs(tmp_path, {"a": "broken", "b": "second", "c": "third"})
    report = build([folder], Workspace.at(tmp_path), formats=["pdf", "md"], workers=1)
    assert steps == ["validate a", "validate b", "lay out b", "validate c", "lay out c"]
    assert list(report.invalid) == [str(folder / "a.yaml")]
    assert sorted(p.name for p in (tmp_path / "output").glob("*.pdf")) == ["second.pdf", "third.pdf"]


def test_a_single_brief_and_a_build_without_a_pdf_validate_as_before(
        tmp_path: Path, steps: list[str]) -> None:
    folder = _briefs(tmp_path, {"a": "first", "b": "second"})
    build([folder / "a.yaml"], Workspace.at(tmp_path), formats=["pdf"], workers=1)
    build([folder], Workspace.at(tmp_path), formats=["md"], force=True)
    assert steps == ["validate a", "lay out a", "validate a b"]
