"""The Markdown edition's figures (issue 22.4): SVG files in output/<id>/ beside the .md, the
.md linking each with its alt text; a build that skips an unchanged brief leaves them, a
figure turned off takes its file away, and an edition kept for the record keeps them."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import SEEDS

import briefings
from briefings.building.workspace import Workspace

SEED_ID = "us-turkey-caatsa-sanctions"
FIGURES = {"consequence-matrix.svg", "stance-map.svg", "timeline.svg"}


def _build(root: Path, formats: list[str]) -> briefings.BuildReport:
    report = briefings.build([root / "seeds"], workspace=Workspace.at(root), formats=formats)
    assert report.ok, report.failed
    return report


def _linked(markdown: str) -> set[str]:
    return set(re.findall(r"!\[[^\]]+\]\(([^)]+)\)", markdown))


def test_every_figure_the_md_links_is_an_svg_beside_it(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    _build(tmp_path, ["md"])
    output = tmp_path / "output"
    linked = _linked((output / f"{SEED_ID}.md").read_text(encoding="utf-8"))
    assert linked == {f"{SEED_ID}/{name}" for name in FIGURES}
    for link in linked:
        root = ET.fromstring((output / link).read_bytes())
        assert root.tag == "{http://www.w3.org/2000/svg}svg" and root.find("{http://www.w3.org/2000/svg}title") is not None


def test_no_figure_files_without_the_md(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    _build(tmp_path, ["html"])
    assert not (tmp_path / "output" / SEED_ID).exists()


def test_skipped_builds_keep_them_and_a_figure_turned_off_goes(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    _build(tmp_path, ["md"])
    folder = tmp_path / "output" / SEED_ID
    assert _build(tmp_path, ["md"]).built == []  # up to date: nothing rewritten
    assert {path.name for path in folder.iterdir()} == FIGURES
    seed = tmp_path / "seeds" / f"{SEED_ID}.yaml"
    seed.write_text(seed.read_text() + "\nvisuals:\n  timeline: false\n")
    _build(tmp_path, ["md"])
    assert {path.name for path in folder.iterdir()} == FIGURES - {"timeline.svg"}
    assert _linked((tmp_path / "output" / f"{SEED_ID}.md").read_text()) == {
        f"{SEED_ID}/{name}" for name in FIGURES - {"timeline.svg"}}


def test_a_kept_edition_keeps_the_figures_its_md_links(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    _build(tmp_path, ["md"])
    seed = tmp_path / "seeds" / f"{SEED_ID}.yaml"
    seed.write_text(seed.read_text().replace("title: US CAATSA sanctions", "title: New CAATSA sanctions", 1))
    report = _build(tmp_path, ["md"])
    (edition,) = report.editions
    markdown = (edition / f"{SEED_ID}.md").read_text(encoding="utf-8")
    assert "US CAATSA sanctions" in markdown
    for link in _linked(markdown):
        assert (edition / link).is_file(), link
