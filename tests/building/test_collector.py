"""When the cyclic garbage collector runs in a build's processes (briefings.building.collector):
off while a process loads, what it loaded then frozen; off during a worker's task, with one
collection after it. (What it saves is measured in docs/benchmarks.md, "Fifth pass".)"""

from __future__ import annotations

import gc
import weakref
from collections.abc import Iterator
from pathlib import Path

import pytest

import briefings
from briefings.building import collector
from briefings.building.pool import Budgets, RenderPool
from briefings.cli.early import is_build


@pytest.fixture(autouse=True)
def collector_restored() -> Iterator[None]:
    """Each test leaves the collector on and nothing frozen, as it found it."""
    yield
    collector._paused = False
    gc.enable()
    gc.unfreeze()


class _Node:
    def __init__(self) -> None:
        self.me = self  # a reference cycle: only a collection frees it


def test_a_pause_turns_the_collector_off_until_loaded_freezes_what_was_loaded() -> None:
    collector.pause_while_loading()
    assert not gc.isenabled()
    loaded_then = _Node()
    collector.loaded()
    assert gc.isenabled()
    assert gc.is_tracked(loaded_then) and gc.get_freeze_count() > 0
    assert all(item is not loaded_then for item in gc.get_objects())  # frozen: never traversed
    collector.loaded()  # a second end changes nothing
    assert gc.isenabled()


def test_loaded_without_a_pause_leaves_the_collector_as_it_is() -> None:
    collector.loaded()  # a build called from a script: nothing paused
    assert gc.isenabled() and gc.get_freeze_count() == 0
    gc.disable()  # turned off by the caller: a pause does not turn it back on
    collector.pause_while_loading()
    collector.loaded()
    assert not gc.isenabled() and gc.get_freeze_count() == 0


def _cycle_during_the_task() -> tuple[bool, weakref.ref[_Node]]:
    node = _Node()
    return gc.isenabled(), weakref.ref(node)


def test_a_task_runs_with_the_collector_off_and_its_cycles_are_collected_after_it() -> None:
    enabled_during, garbage = collector.collected_once(_cycle_during_the_task)
    assert not enabled_during
    assert gc.isenabled()
    assert garbage() is None


def test_a_failing_task_leaves_the_collector_on() -> None:
    with pytest.raises(ZeroDivisionError):
        collector.collected_once(lambda: 1 / 0)
    assert gc.isenabled()


def _worker_collector(_: object) -> tuple[bool, int]:
    return gc.isenabled(), gc.get_freeze_count()


def test_a_worker_freezes_what_it_loaded_and_runs_its_tasks_with_the_collector_off() -> None:
    with RenderPool(Budgets(1, time_budget=60), text_in_workers=False) as pool:
        outcomes = [pool.submit(_worker_collector, None, f"task {n}").result() for n in range(2)]
    for outcome in outcomes:
        assert outcome.value is not None, outcome.failure
        enabled, frozen = outcome.value
        assert not enabled and frozen > 10_000  # WeasyPrint's modules, among others


@pytest.mark.parametrize(("argv", "build"), [
    (["build", "brief.yaml"], True),
    (["-v", "build"], True),
    (["build", "--format", "md", "--force", "a.yaml"], True),
    (["validate", "brief.yaml"], False),
    (["build", "--no-such-option"], False),  # the CLI says what is wrong: no pause
    ([], False),
])
def test_only_a_build_is_paused_as_the_command_starts(argv: list[str], build: bool) -> None:
    assert is_build(argv) is build


def test_the_build_ends_the_pause_before_it_validates(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]
    seed = tmp_path / "brief.yaml"
    seed.write_text((root / "seeds" / "us-turkey-caatsa-sanctions.yaml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    for article in (root / "seeds").glob("*.txt"):
        (tmp_path / article.name).write_text(article.read_text(encoding="utf-8"), encoding="utf-8")
    collector.pause_while_loading()
    report = briefings.build([seed], output=tmp_path / "output", formats=["md"])
    assert report.built == [str(seed)]
    assert gc.isenabled()
