"""The render pool's workers are forks of one fork server that loaded WeasyPrint once
(briefings.building.forking, briefings.building.preload): cheap to start, first or replacement,
single-threaded where it forks, and gone with the pool, or with a build killed outright."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from typing import Any

import pytest
from conftest import ROOT

#: CPU seconds a worker may have used by its first task: a fork of the server needs a few
#: milliseconds; a worker that loads WeasyPrint itself 0.3 s or more
FORKED_START_CPU = 0.15

#: tasks, in a module of their own: a worker of a pool started by pytest would run pytest's
#: main module again as it starts (multiprocessing's rule), which costs more than WeasyPrint
TASKS = """
import os, resource, time
from pathlib import Path

def started(seconds):
    usage = resource.getrusage(resource.RUSAGE_SELF)
    time.sleep(seconds)
    status = Path(f"/proc/{os.getppid()}/status")
    threads = [int(line.split()[1]) for line in status.read_text().splitlines()
               if line.startswith("Threads:")] if status.exists() else [1]
    return os.getpid(), os.getppid(), usage.ru_utime + usage.ru_stime, threads[0]

def burn(seconds):
    while sum(os.times()[:2]) < seconds:
        pass
"""

#: a pool of two workers, each given a task at once, then one task over its time budget, two
#: more (one in its replacement), and one that burns 0.5 s of CPU; prints what the tasks
#: returned, whether the server is gone, and the CPU time of the processes it waited for
POOL = """
import json, os, resource, sys
from tasks import burn, started
from briefings.building.pool import Budgets, RenderPool
if __name__ == "__main__":
    with RenderPool(Budgets(2, time_budget=3)) as pool:
        both = [pool.submit(started, 1.0, f"task {number}") for number in range(2)]
        both = [future.result().value for future in both]
        over = pool.submit(started, 30, "too slow").result().failure.message
        after = [pool.submit(started, 1.0, f"then {number}") for number in range(2)]
        after = [future.result().value for future in after]
        burnt = pool.submit(burn, 0.5, "burn").result().failure
    stat = f"/proc/{both[0][1]}/stat"
    gone = not os.path.exists(stat) or open(stat).read().split(")")[-1].split()[0] == "Z"
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(json.dumps({"both": both, "over": over, "after": after, "gone": gone, "build": os.getpid(),
                      "children_cpu": children.ru_utime + children.ru_stime, "burnt": burnt}))
"""


@pytest.fixture(scope="module")
def pool_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("forking")
    (folder / "tasks.py").write_text(TASKS)
    done = subprocess.run([sys.executable, "-c", POOL], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": f"{folder}{os.pathsep}{ROOT}"})
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def test_every_worker_is_a_cheap_fork_of_one_single_threaded_server(pool_run: dict[str, Any]) -> None:
    pids, parents, cpu, threads = zip(*pool_run["both"], strict=True)
    assert len(set(pids)) == 2
    assert len(set(parents)) == 1 and parents[0] != pool_run["build"]  # the server, not the build
    assert max(cpu) < FORKED_START_CPU, cpu
    assert threads == (1, 1)


def test_a_worker_replaced_after_a_budget_is_hit_is_a_fork_too(pool_run: dict[str, Any]) -> None:
    assert "time budget" in pool_run["over"]
    new = [(pid, parent, cpu) for pid, parent, cpu, _ in pool_run["after"]
           if pid not in {pid for pid, *_ in pool_run["both"]}]
    assert new, pool_run  # a worker that replaced the one stopped
    assert all(parent == pool_run["both"][0][1] and cpu < FORKED_START_CPU for _, parent, cpu in new)


def test_the_server_ends_with_the_pool(pool_run: dict[str, Any]) -> None:
    assert pool_run["gone"]


def test_the_cpu_time_of_the_workers_is_counted_in_the_builds(pool_run: dict[str, Any]) -> None:
    """The server is killed as the pool ends, after it has waited for its workers: their CPU
    time reaches the build's RUSAGE_CHILDREN (the benchmarks read it), a task's 0.5 s among it."""
    assert pool_run["burnt"] is None
    assert pool_run["children_cpu"] >= 0.5


KILLED_BUILD = """
import time
from briefings.building.pool import Budgets, RenderPool
if __name__ == "__main__":
    pool = RenderPool(Budgets(1, time_budget=120))
    pool.submit(time.sleep, 60, "a long task")
    print("started", flush=True)
    time.sleep(120)
"""


def _alive(group: int) -> list[str]:
    """The processes of a process group that have not ended (zombies have)."""
    listed = subprocess.run(["ps", "-o", "pid=,stat=", "-g", str(group)], capture_output=True,
                            text=True).stdout.split("\n")
    return [line for line in listed if line.strip() and "Z" not in line.split()[1]]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_a_build_killed_outright_leaves_no_server_and_no_worker() -> None:
    process = subprocess.Popen([sys.executable, "-c", KILLED_BUILD], stdout=subprocess.PIPE,
                               text=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                               start_new_session=True)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == "started"
        deadline = time.monotonic() + 60
        while len(_alive(process.pid)) < 4:  # the build, the tracker, the server, the worker
            assert time.monotonic() < deadline, "the worker never started"
            time.sleep(0.05)
        time.sleep(0.5)  # the worker is in its task
    finally:
        process.send_signal(signal.SIGKILL)  # the build alone
        process.wait(timeout=30)
    deadline = time.monotonic() + 10
    while left := _alive(process.pid):
        assert time.monotonic() < deadline, left
        time.sleep(0.05)
