"""A pool started as the command begins (briefings.building.early_pool.started_early) is the one the
build takes, with the build's budgets; one the build does not take is stopped."""

from __future__ import annotations

import multiprocessing
import os

from briefings.building import early_pool as early_module
from briefings.building.early_pool import render_pool, started_early, worker_count
from briefings.building.pool import Budgets, default_workers


def _pid(_: object) -> int:
    return os.getpid()


def _allocate(mib: int) -> int:
    return len(bytearray(mib * 1024 * 1024))


def test_the_build_takes_the_pool_started_early_with_its_own_budgets() -> None:
    with started_early(1, 1):
        early = early_module._early
        with render_pool(Budgets(1, time_budget=60, memory_budget=1024)) as pool:
            assert pool is early and early_module._early is None
            first = pool.submit(_pid, None, "one").result(timeout=60)
            hog = pool.submit(_allocate, 4096, "hog.yaml (hog)").result(timeout=60)
    assert first.value is not None and first.value != os.getpid()
    # the build's memory budget, not the default the pool started with
    assert hog.failure is not None
    assert hog.failure.message == "hog.yaml (hog): rendering ran out of memory (budget 1024 MiB)"
    assert multiprocessing.active_children() == []


def test_a_build_that_asks_for_other_workers_gets_a_new_pool_and_the_early_one_stops() -> None:
    with started_early(2, 2):
        early = early_module._early
        assert early is not None
        with render_pool(Budgets(1, time_budget=60)) as pool:
            assert pool is not early and not early._pool.active
            assert pool.submit(_pid, None, "one").result(timeout=60).value is not None
    assert multiprocessing.active_children() == []


def test_a_pool_started_early_that_no_build_took_is_stopped_with_its_workers() -> None:
    with started_early(2, 2):
        early = early_module._early
        assert early is not None and len(multiprocessing.active_children()) == 2
    assert early_module._early is None and not early._pool.active
    assert multiprocessing.active_children() == []


def test_as_many_workers_as_asked_or_one_per_core_but_never_more_than_briefs() -> None:
    assert worker_count(0, 100) == default_workers()
    assert worker_count(0, 1) == 1
    assert worker_count(3, 100) == 3
    assert worker_count(3, 2) == 2


def test_what_workers_print_as_they_start_goes_to_the_pools_log(tmp_path) -> None:
    """Not to the command's standard error: a worker stopped while it starts (Ctrl-C just
    after the build began) used to print a traceback there."""
    import subprocess
    import sys

    from conftest import ROOT

    script = tmp_path / "says_so.py"  # every worker runs the main script again as it starts
    script.write_text(
        "import sys\n"
        "print('the main script ran', file=sys.stderr, flush=True)\n"
        "from briefings.building.pool import Budgets, RenderPool\n"
        "if __name__ == '__main__':\n"
        "    with RenderPool(Budgets(2, time_budget=60)) as pool:\n"
        "        print(pool.submit(len, 'abc', 'one').result(timeout=60).value)\n")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["3"]  # a worker, which ran the script, did the task
    assert done.stderr.count("the main script ran") == 1  # the command's own
