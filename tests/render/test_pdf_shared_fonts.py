"""One font configuration for many pages: the same PDF as a fresh one per page, kept where the
worker asked, and never the configuration of a page from a workspace's own templates."""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from briefings.render.engine import require_weasyprint

require_weasyprint()

from briefings.building.layout import LayoutTask, lay_out  # noqa: E402
from briefings.render import pdf  # noqa: E402
from briefings.render.templates import default_template_dir  # noqa: E402

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body {{ font-family: 'Source Serif 4', serif; }} h1 {{ font-family: 'Source Sans 3', sans-serif; }}</style>
</head><body><h1>{title}</h1><p>“Quoted words” — and an <em>emphasis</em>.</p></body></html>"""


def _task(title: str, fonts_folder: str | None, root: Path) -> LayoutTask:
    page = PAGE.format(title=title)
    return LayoutTask(title, page, page, root, (root, default_template_dir()),
                      fonts_folder=fonts_folder)


def test_pages_laid_out_with_shared_fonts_are_those_with_fresh_ones(tmp_path):
    folder = tmp_path / "fonts"
    folder.mkdir()
    for title in ("First brief", "Second brief"):  # the second reuses the first's fonts
        shared = lay_out(_task(title, str(folder), tmp_path)).pdf
        fresh = lay_out(_task(title, None, tmp_path)).pdf
        assert shared == fresh


def test_the_shared_fonts_are_made_once_and_kept_in_the_folder_given(tmp_path, monkeypatch):
    """A task's temporary folder is removed as the task ends; the faces must outlive it."""
    task_temporary = tmp_path / "task.tmp"
    task_temporary.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(task_temporary))
    folder = tmp_path / "fonts"
    folder.mkdir()
    fonts = pdf.packaged_fonts(str(folder))
    assert pdf.packaged_fonts(str(folder)) is fonts
    assert [path.name.startswith("weasyprint-") for path in folder.iterdir()] == [True]
    assert not any(task_temporary.iterdir())
    assert tempfile.tempdir == str(task_temporary)  # put back


def test_a_page_from_own_templates_gets_fonts_of_its_own(tmp_path, monkeypatch):
    """Its @font-face rules must not stay registered for the next brief the worker lays out."""
    made: list[str | None] = []
    monkeypatch.setattr(pdf, "packaged_fonts",
                        lambda folder: made.append(folder) or pdf.PackagedFonts(folder))
    lay_out(_task("Own templates", None, tmp_path))
    assert made == []
    lay_out(_task("Packaged templates", str(tmp_path), tmp_path))
    assert made == [str(tmp_path)]


@pytest.mark.parametrize("folder", [None, "shared"])
def test_a_refused_resource_is_still_refused(tmp_path, folder):
    from briefings.errors import ResourceRefused

    page = PAGE.format(title="x").replace("</body>", "<img src='file:///etc/hostname'></body>")
    fonts_folder = str(tmp_path) if folder else None
    with pytest.raises(ResourceRefused):
        lay_out(LayoutTask("x", page, page, tmp_path, (tmp_path,), fonts_folder=fonts_folder))



#: an image a briefing's prose may show (``![chart](chart.svg)``): an SVG whose own stylesheet
#: registers a face, here a packaged sans face as the serif family's bold italic
FACE_IN_AN_IMAGE = """<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><style>
@font-face { font-family: 'Source Serif 4'; font-style: italic; font-weight: 700;
             src: url('briefings-font:SourceSans3-Bold.ttf'); }
</style><rect width="10" height="10"/></svg>"""
BOLD_ITALIC = "<p><strong><em>Both at once</em></strong></p>"


def _with(task: LayoutTask, html: str, fonts_folder: str | None) -> LayoutTask:
    """``task`` with ``html`` at the end of its pages."""
    return replace(task, html=task.html.replace("</body>", html + "</body>"),
                   html_with_contents=task.html_with_contents.replace("</body>", html + "</body>"),
                   fonts_folder=fonts_folder)


def test_a_face_an_image_brings_is_not_kept_for_the_next_page(tmp_path):
    """WeasyPrint registers an SVG image's @font-face rules in the page's font configuration;
    the next brief the worker lays out must not find them there."""
    (tmp_path / "chart.svg").write_text(FACE_IN_AN_IMAGE, encoding="utf-8")
    folder = str(tmp_path / "fonts")
    os.mkdir(folder)
    with_image = _task("With an image", None, tmp_path)
    image = BOLD_ITALIC + "<p><img src='chart.svg' alt='a chart'></p>"
    next_brief = _task("Next brief", None, tmp_path)
    fresh = lay_out(_with(next_brief, BOLD_ITALIC, None)).pdf
    assert lay_out(_with(with_image, image, folder)).pdf == lay_out(_with(with_image, image, None)).pdf
    assert lay_out(_with(next_brief, BOLD_ITALIC, folder)).pdf == fresh
