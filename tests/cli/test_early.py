"""Which command lines start their render workers as the command begins (briefings.cli.early):
builds that name their briefings and will lay out a PDF; nothing else, and nothing that cannot
be told without the configuration."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import click
import pytest
from conftest import SEEDS

from briefings.cli.early import FLAGS, VALUE_OPTIONS, workers_to_start

SEED = "us-turkey-caatsa-sanctions.yaml"
#: when the briefings of the workspace last changed
CHANGED = 1_700_000_000


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The seeds and a second brief, in the current folder (as the command runs)."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    text = (tmp_path / "seeds" / SEED).read_text(encoding="utf-8")
    (tmp_path / "seeds" / "second.yaml").write_text(text.replace(
        "id: us-turkey-caatsa-sanctions", "id: second", 1), encoding="utf-8")
    for path in (tmp_path / "seeds").glob("*.yaml"):
        os.utime(path, (CHANGED, CHANGED))
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _built(folder: Path, age: float = 0) -> None:
    """A manifest in ``folder``, as a build leaves it, ``age`` seconds after the briefings'
    last change (negative: before it)."""
    manifest = folder / ".briefings" / "manifest.json"
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text("{}")
    os.utime(manifest, (CHANGED + age, CHANGED + age))


ONE = f"seeds/{SEED}"


@pytest.mark.parametrize(("argv", "asked"), [
    # named, will lay out a PDF: the workers the build will ask for (--workers; briefs named)
    (["build", ONE, "--force"], (0, 1)),
    (["-v", "build", ONE, "--force", "--format", "md,pdf"], (0, 1)),
    (["build", "--format=pdf", "--force", "--", ONE], (0, 1)),
    (["build", "seeds", "--force", "--workers", "1"], (1, 2)),
    (["build", "seeds", "--force", "--pdf-variant", "pdf/a-3b", "-q"], (0, 2)),
    (["build", ONE], (0, 1)),  # never built into output/
    # not a build that will lay out a PDF, or not told by the command line
    (["validate", ONE], None),
    (["build", ONE, "--force", "--format", "md,html"], None),
    (["build", "--force"], None),  # its briefings are the configuration's
    (["build", "seeds/missing.yaml", "--force"], None),
    (["build", ONE, "--force", "--help"], None),
    (["build", ONE, "--force", "--unknown"], None),
    (["build", ONE, "--force", "--workers", "many"], None),
    (["build", ONE, "--force", "--format"], None),
    (["build", ONE, "--force", "--format="], None),
    (["--version"], None),
    ([], None),
])
def test_a_build_that_names_its_briefings_and_lays_out_a_pdf_starts_workers(
        workspace: Path, argv: list[str], asked: tuple[int, int] | None) -> None:
    assert workers_to_start(argv) == asked


def test_without_force_only_a_briefing_newer_than_the_last_build_starts_them(workspace: Path) -> None:
    _built(workspace / "output", age=10)
    assert workers_to_start(["build", ONE]) is None  # a rebuild with nothing to do pays no worker
    assert workers_to_start(["build", ONE, "--force"]) == (0, 1)
    _built(workspace / "output", age=-10)
    assert workers_to_start(["build", ONE]) == (0, 1)
    _built(workspace / "elsewhere", age=10)
    assert workers_to_start(["build", ONE, "-o", "elsewhere"]) is None
    assert workers_to_start(["build", ONE, "--output=elsewhere/"]) is None
    # seeds/output: never built
    assert workers_to_start(["build", ONE, "--workspace", "seeds"]) == (0, 1)


def test_a_configuration_may_name_another_output_folder_so_only_force_decides(workspace: Path) -> None:
    _built(workspace / "output", age=-10)
    (workspace / "briefings.toml").write_text('output = "elsewhere"\n')
    assert workers_to_start(["build", ONE]) is None
    assert workers_to_start(["build", ONE, "--force"]) == (0, 1)


def test_the_options_it_reads_are_the_build_commands() -> None:
    from briefings.cli.app import cli

    command = cli.get_command(click.Context(cli), "build")
    assert command is not None
    options = [param for param in command.params if isinstance(param, click.Option)]
    flags = {name for option in options if option.is_flag or option.count for name in option.opts}
    values = {name for option in options if not (option.is_flag or option.count)
              for name in option.opts}
    assert flags - {"-h", "--help"} == FLAGS
    assert values == VALUE_OPTIONS
