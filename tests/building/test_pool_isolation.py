"""No process of briefings imports from the workspace (issue 20.6): a folder there named like a
module that the build or its workers import never runs, whether the command is the installed
script or ``python -m briefings``, for a build of text in workers and of PDFs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

import briefings
from briefings.building.layout import LayoutTask, lay_out
from briefings.building.pool import Budgets, RenderPool
from briefings.building.workspace import Workspace
from briefings.constants import default_template_dir

SEED_ID = "us-turkey-caatsa-sanctions"
SCRIPT = Path(sys.executable).parent / "briefings"
#: a planted module leaves a mark with builtins alone (every module it could import is planted)
PLANTED = "open({marker!r}, 'w').close()\n"


def _top_level_modules(_: object) -> dict[str, str]:
    """Each top-level module this process holds, and the file it was loaded from."""
    return {name: str(getattr(module, "__file__", None) or "") for name, module in sys.modules.items()
            if "." not in name and name.isidentifier() and not name.startswith("__")}


@pytest.fixture(scope="module")
def imported_names(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Every top-level module a worker holds after laying out the seed brief, and every one this
    process holds after building its text: what the command and its workers import."""
    root = tmp_path_factory.mktemp("names")
    shutil.copytree(SEEDS, root / "seeds")
    report = briefings.build([root / "seeds"], workspace=Workspace.at(root), formats=["md", "html"])
    assert report.ok, report.failed
    html = (root / "output" / f"{SEED_ID}.html").read_text(encoding="utf-8")
    task = LayoutTask("seed", html, html, root, (default_template_dir(),))
    with RenderPool(Budgets(1, time_budget=120)) as pool:
        assert pool.submit(lay_out, task, "seed").result().value is not None
        in_worker = pool.submit(_top_level_modules, None, "names").result().value
    assert in_worker and "weasyprint" in in_worker
    return {**in_worker, **_top_level_modules(None)}


def _plant(workspace: Path, names: list[str], markers: Path) -> None:
    markers.mkdir()
    for name in names:
        (workspace / name).mkdir()
        (workspace / name / "__init__.py").write_text(PLANTED.format(marker=str(markers / name)))


INSTALLED, MODULE = "installed script", "python -m"


@pytest.fixture(params=[INSTALLED, MODULE])
def planted(request: pytest.FixtureRequest, tmp_path: Path,
            imported_names: dict[str, str]) -> tuple[Path, Path, list[str]]:
    """A workspace with a planted module of each name, and the command to run there.

    ``python -m`` looks in the current folder before it runs briefings (for the standard
    library, then for briefings itself), as Python does for every module run so: briefings
    takes the folder off the path as it starts (briefings/__main__.py). So for it the names
    planted are those of the libraries briefings imports, not those Python imports before."""
    workspace, markers = tmp_path / "workspace", tmp_path / "markers"
    shutil.copytree(SEEDS, workspace / "seeds")
    names = list(imported_names)
    command = [str(SCRIPT)]
    if request.param == MODULE:
        names = [name for name, file in imported_names.items()
                 if "site-packages" in file and name != "briefings"]
        command = [sys.executable, "-m", "briefings"]
    assert "nh3" in names and "weasyprint" in names and "jinja2" in names
    _plant(workspace, names, markers)
    return workspace, markers, command


def test_a_planted_module_runs_when_python_looks_in_the_workspace(
        planted: tuple[Path, Path, list[str]]) -> None:
    """The test's own check: the planted folders are found by a Python that looks there."""
    workspace, markers, _ = planted
    subprocess.run([sys.executable, "-c", "import nh3"], cwd=workspace, timeout=60,
                   capture_output=True, env={**os.environ, "PYTHONSAFEPATH": ""})
    assert [path.name for path in markers.iterdir()] == ["nh3"]


@pytest.mark.skipif(not SCRIPT.exists(), reason="the briefings script is not installed")
@pytest.mark.parametrize(("formats", "own_templates", "named"),
                         [("md", True, []), ("pdf", False, []), ("pdf", False, ["seeds"])],
                         ids=["text in workers", "pdf", "pdf, workers started as the command begins"])
def test_no_process_of_a_build_imports_from_the_workspace(
        planted: tuple[Path, Path, list[str]], formats: str, own_templates: bool,
        named: list[str]) -> None:
    workspace, markers, command = planted
    if own_templates:  # the workers render the text too
        (workspace / "templates").mkdir()
        (workspace / "templates" / "briefing.css").write_text(
            '{% include "default:briefing.css" %}\nh1 { letter-spacing: 0.01em; }\n')
    done = subprocess.run([*command, "build", *named, "--format", formats, "--workers", "2"],
                          cwd=workspace, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert (workspace / "output" / f"{SEED_ID}.{formats}").exists()
    assert sorted(path.name for path in markers.iterdir()) == []
