"""A brief's text stage makes what the requested formats need and nothing more, and renders
from the packaged templates without compiling them again for every brief."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_BRIEFING

from briefings.building.jobs import Job, RenderedText, assemble, render_text
from briefings.building.workspace import Workspace
from briefings.render import templates
from briefings.render.page import render_page
from briefings.validation.run import validate_paths


@pytest.fixture(scope="module")
def seed_briefing():
    (loaded,), _ = validate_paths([SEED_BRIEFING])
    return loaded.briefing.published()


def _job(briefing, formats: tuple[str, ...], workspace: Workspace) -> Job:
    return Job("the seed", briefing, (), None, formats, workspace)  # type: ignore[arg-type]


def _packaged_only(tmp_path: Path) -> Workspace:
    return Workspace(root=tmp_path, output_dir=tmp_path / "output")


FORMATS = [
    # formats, Markdown made, page made, page with contents made
    (("md",), True, False, False),
    (("html",), False, True, False),
    (("pdf",), False, True, True),
    (("md", "pdf"), True, True, True),
    (("md", "html", "pdf"), True, True, True),
]


@pytest.mark.parametrize(("formats", "markdown", "page", "contents"), FORMATS,
                         ids=["+".join(row[0]) for row in FORMATS])
def test_the_text_stage_makes_what_the_formats_need(
        tmp_path: Path, seed_briefing, formats, markdown: bool, page: bool, contents: bool) -> None:
    text = render_text(_job(seed_briefing, formats, _packaged_only(tmp_path)))
    assert (text.markdown is not None, text.html is not None,
            text.html_with_contents is not None) == (markdown, page, contents)
    assert bool(text.figures) is markdown  # the Markdown's figure files go with it


def test_the_two_pages_are_those_rendered_one_at_a_time(tmp_path: Path, seed_briefing) -> None:
    text = render_text(_job(seed_briefing, ("pdf",), _packaged_only(tmp_path)))
    env = templates.html_environment()
    assert text.html == render_page(seed_briefing, env)
    assert text.html_with_contents == render_page(seed_briefing, env, toc=True)
    assert text.html != text.html_with_contents and 'href="#' in text.html_with_contents


def test_a_pdf_alone_writes_no_html_edition(tmp_path: Path, seed_briefing) -> None:
    from briefings.building.layout import LaidOut

    job = _job(seed_briefing, ("pdf",), _packaged_only(tmp_path))
    files = assemble(job, RenderedText(None, "<p>page</p>", "<p>contents</p>"), LaidOut(b"%PDF", False))
    assert files == {"pdf": b"%PDF"}


def test_briefs_share_the_packaged_templates_compiled_once(tmp_path: Path, seed_briefing) -> None:
    render_text(_job(seed_briefing, ("md", "pdf"), _packaged_only(tmp_path)))
    compiled = dict(templates.packaged_html_environment().cache or {})
    render_text(_job(seed_briefing, ("md", "pdf"), _packaged_only(tmp_path)))
    assert compiled and dict(templates.packaged_html_environment().cache or {}) == compiled
    assert templates.packaged_markdown_environment().cache


def test_a_template_of_the_workspaces_own_is_used_after_packaged_ones(tmp_path: Path, seed_briefing) -> None:
    """The shared environment holds the packaged templates alone: a brief of a workspace with
    its own page template, rendered after one from the packaged templates, gets its own."""
    render_text(_job(seed_briefing, ("html",), _packaged_only(tmp_path)))
    own = tmp_path / "templates"
    own.mkdir()
    (own / templates.HTML_TEMPLATE).write_text("<p>a page of this workspace's own</p>", encoding="utf-8")
    workspace = Workspace(root=tmp_path, output_dir=tmp_path / "output", template_dirs=(own,))
    text = render_text(_job(seed_briefing, ("html",), workspace))
    assert text.html is not None and "a page of this workspace's own" in text.html
