"""Shared fixtures: paths to the seed and the test cases, a workspace in tmp_path, and the
``--update-golden`` flag that rewrites golden files instead of comparing with them."""

from __future__ import annotations

import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_BRIEFING = SEEDS / "us-turkey-caatsa-sanctions.yaml"
CASES = Path(__file__).resolve().parent / "cases"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/* from the current output instead of comparing",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A copy of seeds/ in tmp_path, so tests can edit the briefing without touching the repo."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target / SEED_BRIEFING.name


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed briefing built once (Markdown and PDF) into a temporary output folder."""
    from briefings.building.run import Workspace, build

    workspace = tmp_path_factory.mktemp("workspace")
    report = build([SEED_BRIEFING], Workspace.at(workspace), formats=["md", "pdf", "html"])
    assert report.ok, report.failed
    return workspace / "output"


@pytest.fixture
def no_hang() -> Iterator[None]:
    """A test that blocks (a build reading a FIFO, say) fails after two minutes instead of
    hanging the suite."""
    def stop(*_args: object) -> None:
        raise TimeoutError("the test hung (blocked for 120 s)")

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(120)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


# A shell starts a background job (`pytest &`) with SIGINT ignored, and an ignored signal stays
# ignored in every process the tests start; then the tests that press Ctrl-C on a build or on
# `serve` would find it deaf. Handling it here (as Python does by default) makes the children
# start with the default action, however the suite was launched.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)
