"""Where a brief's text is rendered: in the build from the packaged templates, in a budgeted
worker when the workspace has templates of its own; and what the workers load as they start."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import SEED_BRIEFING, SEEDS

import briefings
from briefings.building import pool
from briefings.building.workspace import Workspace
from briefings.constants import default_template_dir

SEED_ID = "us-turkey-caatsa-sanctions"


def _packaged(name: str) -> bytes:
    return (default_template_dir() / name).read_bytes()


def _no_file(folder: Path) -> None:
    pass


def _empty_folder(folder: Path) -> None:
    folder.mkdir()


def _identical_copies(folder: Path) -> None:
    shutil.copytree(default_template_dir(), folder)


def _one_changed_byte(folder: Path) -> None:
    shutil.copytree(default_template_dir(), folder)
    (folder / "briefing.css").write_bytes(_packaged("briefing.css") + b" ")


def _a_file_of_its_own(folder: Path) -> None:
    folder.mkdir()
    (folder / "partial.html.j2").write_text("{{ briefing.title }}")


def _same_size_other_bytes(folder: Path) -> None:
    folder.mkdir()
    original = _packaged("page.html.j2")
    (folder / "page.html.j2").write_bytes(original[:-1] + (b"x" if original[-1:] != b"x" else b"y"))


def _copy_in_a_subfolder(folder: Path) -> None:
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "briefing.css").write_bytes(_packaged("briefing.css"))


def _symlink_to_the_packaged_file(folder: Path) -> None:
    folder.mkdir()
    (folder / "briefing.css").symlink_to(default_template_dir() / "briefing.css")


def _symlinked_folder(folder: Path) -> None:
    folder.mkdir()
    (folder.parent / "partials").mkdir()
    (folder / "partials").symlink_to(folder.parent / "partials", target_is_directory=True)


def _fifo(folder: Path) -> None:
    folder.mkdir()
    os.mkfifo(folder / "briefing.css")


OWN_TEMPLATES = [
    (_no_file, False),
    (_empty_folder, False),
    (_identical_copies, False),  # what a copy of the defaults is: nothing of its own
    (_one_changed_byte, True),
    (_a_file_of_its_own, True),
    (_same_size_other_bytes, True),
    (_copy_in_a_subfolder, True),  # another name: a template of its own
    (_symlink_to_the_packaged_file, True),  # a link could point anywhere later
    (_symlinked_folder, True),  # its files are not searched: the link itself counts
    (_fifo, True),  # never opened: it would block
]


@pytest.mark.parametrize(("make", "own"), OWN_TEMPLATES, ids=[make.__name__ for make, _ in OWN_TEMPLATES])
def test_a_workspace_has_templates_of_its_own_when_its_folder_holds_anything_else(
        tmp_path: Path, make, own: bool) -> None:
    make(tmp_path / "templates")
    assert Workspace.at(tmp_path).has_own_templates() is own


def test_the_packaged_folder_named_as_a_template_folder_is_not_the_workspaces_own(tmp_path: Path) -> None:
    workspace = Workspace(root=tmp_path, output_dir=tmp_path / "out", template_dirs=(default_template_dir(),))
    assert not workspace.has_own_templates()


def _outputs(root: Path) -> dict[str, bytes]:
    return {name: (root / "output" / f"{SEED_ID}.{name}").read_bytes() for name in ("md", "html")}


def test_text_rendered_in_the_build_and_in_a_worker_is_the_same(tmp_path: Path) -> None:
    """The same brief, once from the packaged templates (text here) and once with a template
    of the workspace's own that changes nothing visible (text in a worker)."""
    here, there = tmp_path / "here", tmp_path / "there"
    for root in (here, there):
        shutil.copytree(SEEDS, root / "seeds")
    _a_file_of_its_own(there / "templates")
    assert not Workspace.at(here).has_own_templates() and Workspace.at(there).has_own_templates()
    for root in (here, there):
        report = briefings.build([root / "seeds"], workspace=Workspace.at(root), formats=["md", "html"])
        assert report.ok and len(report.built) == 1, report.failed
    assert _outputs(here) == _outputs(there)


def test_a_text_only_build_from_the_packaged_templates_starts_no_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pools: list[object] = []
    monkeypatch.setattr("briefings.building.run.RenderPool", lambda *args, **kwargs: pools.append(args))
    shutil.copytree(SEEDS, tmp_path / "seeds")
    report = briefings.build([tmp_path / "seeds"], workspace=Workspace.at(tmp_path), formats=["md", "html"])
    assert report.ok and report.built
    assert pools == []


@pytest.mark.parametrize("formats", [["md"], ["md", "pdf"]])
def test_each_brief_is_reported_rendering_then_built_wherever_its_text_renders(
        tmp_path: Path, formats: list[str]) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    stages: list[str] = []
    report = briefings.build([tmp_path / "seeds"], workspace=Workspace.at(tmp_path), formats=formats,
                             progress=lambda event: stages.append(event.stage.value))
    assert report.ok and stages == ["rendering", "built"]


def test_a_pdf_build_from_the_packaged_templates_has_its_text_and_pdf(tmp_path: Path) -> None:
    from pypdf import PdfReader

    shutil.copy(SEED_BRIEFING, tmp_path / SEED_BRIEFING.name)
    shutil.copy(SEEDS / "000_e1ef2b7ba22a4b2b.txt", tmp_path)
    report = briefings.build([tmp_path / SEED_BRIEFING.name], workspace=Workspace.at(tmp_path), formats=["md", "pdf"])
    assert report.ok, report.failed
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "output" / f"{SEED_ID}.pdf").pages)
    assert "CAATSA" in text and "CAATSA" in (tmp_path / "output" / f"{SEED_ID}.md").read_text()


def _text_renderer_loaded(_: object) -> bool:
    import sys

    return "briefings.render.markdown" in sys.modules


@pytest.mark.parametrize("text_in_workers", [False, True])
def test_workers_load_the_text_renderer_only_when_they_render_text(text_in_workers: bool) -> None:
    """A worker that only lays out starts with WeasyPrint alone (the models, Jinja and
    markdown-it would be waited for on a cold build); one that renders text has it loaded
    before its first task."""
    with pool.RenderPool(pool.Budgets(1, time_budget=60), text_in_workers=text_in_workers) as workers:
        loaded = workers.submit(_text_renderer_loaded, None, "b").result().value
    assert loaded is text_in_workers


INTERRUPTED_START = """
import multiprocessing, os, signal, sys
import pebble
from briefings.building import pool

schedule = pebble.ProcessPool.schedule

def interrupted_schedule(self, *args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)  # the user presses Ctrl-C now
    return schedule(self, *args, **kwargs)

pebble.ProcessPool.schedule = interrupted_schedule
try:
    pool.RenderPool(pool.Budgets(1))
    print("lost")
except KeyboardInterrupt:
    print("raised", len(multiprocessing.active_children()),
          signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, []))
"""


def test_a_ctrl_c_while_the_workers_start_is_raised_once_they_have_started() -> None:
    """The build blocks SIGINT while it spawns the workers (which inherit the mask, so they
    cannot be interrupted mid-import): a Ctrl-C that lands then is raised right after, not
    dropped, the workers are stopped and the mask is lifted. In a fresh process, where
    multiprocessing's resource tracker starts too (it lifts the mask after starting itself)."""
    import subprocess
    import sys

    from conftest import ROOT

    done = subprocess.run([sys.executable, "-c", INTERRUPTED_START], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.stdout.split() == ["raised", "0", "False"], done.stdout + done.stderr
