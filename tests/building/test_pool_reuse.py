"""Render workers serve many tasks and are replaced only when a budget is hit, or after their
share of tasks (briefings.building.pool)."""

from __future__ import annotations

import os
import time

import pytest

from briefings.building import pool as pool_module
from briefings.building.pool import Budgets, RenderPool


def _pid(_: object) -> int:
    return os.getpid()


def _sleep(seconds: float) -> None:
    time.sleep(seconds)


def _allocate(mib: int) -> int:
    return len(bytearray(mib * 1024 * 1024))


def _pids(pool: RenderPool, count: int) -> list[int]:
    outcomes = [pool.submit(_pid, None, f"task {number}").result() for number in range(count)]
    assert all(outcome.value is not None for outcome in outcomes), outcomes
    return [outcome.value for outcome in outcomes if outcome.value is not None]


def test_one_worker_serves_every_task_of_a_build() -> None:
    with RenderPool(Budgets(1, time_budget=60)) as pool:
        pids = _pids(pool, 4)
    assert len(set(pids)) == 1 and pids[0] != os.getpid()


def test_a_worker_is_replaced_after_its_share_of_tasks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pool_module, "TASKS_PER_WORKER", 2)
    with RenderPool(Budgets(1, time_budget=60)) as pool:
        # the pool's first worker also runs the task that starts it, so it has one more to go
        first, second, third = _pids(pool, 3)
    assert first != second == third


def test_a_task_over_its_time_budget_is_stopped_and_the_next_runs_in_a_new_worker() -> None:
    with RenderPool(Budgets(1, time_budget=2)) as pool:
        [before] = _pids(pool, 1)
        late = pool.submit(_sleep, 120, "slow.yaml (slow)").result(timeout=60)
        [after] = _pids(pool, 1)
    assert late.failure is not None and not late.failure.internal
    assert late.failure.message == ("slow.yaml (slow): rendering took longer than the time "
                                    "budget of 2 s and was stopped")
    assert after != before


def test_a_task_out_of_memory_fails_alone_and_the_next_runs_in_a_new_worker() -> None:
    with RenderPool(Budgets(1, time_budget=60, memory_budget=1024)) as pool:
        [before] = _pids(pool, 1)
        fits = pool.submit(_allocate, 64, "small.yaml (small)").result(timeout=60)
        hog = pool.submit(_allocate, 4096, "hog.yaml (hog)").result(timeout=60)
        [after] = _pids(pool, 1)
    assert fits.value == 64 * 1024 * 1024
    assert hog.failure is not None and not hog.failure.internal
    assert hog.failure.message == "hog.yaml (hog): rendering ran out of memory (budget 1024 MiB)"
    assert after != before


def test_a_build_from_the_packaged_templates_lays_out_with_the_pools_fonts(tmp_path, monkeypatch):
    """Every layout of such a build names the pool's fonts folder (one font configuration per
    worker, see briefings.render.pdf.PackagedFonts), which goes with the pool."""
    import shutil

    from conftest import SEED_BRIEFING

    from briefings.building.run import Workspace, build

    for name in (SEED_BRIEFING.name, "000_e1ef2b7ba22a4b2b.txt"):
        shutil.copy(SEED_BRIEFING.parent / name, tmp_path / name)
    second = tmp_path / "second.yaml"
    second.write_text((tmp_path / SEED_BRIEFING.name).read_text().replace(
        "id: us-turkey-caatsa-sanctions", "id: second-brief", 1))
    sent: list[tuple[str | None, str]] = []
    submit = RenderPool.submit

    def recorded(self, function, item, name):
        sent.append((getattr(item, "fonts_folder", None), self.fonts_folder))
        return submit(self, function, item, name)

    monkeypatch.setattr(RenderPool, "submit", recorded)
    report = build([tmp_path], Workspace(tmp_path, tmp_path / "output"), formats=["pdf"], workers=1)
    assert not report.failed and len(report.built) == 2
    assert [given for given, _ in sent] == [pool for _, pool in sent] and len(sent) == 2
    assert not os.path.exists(sent[0][1])
