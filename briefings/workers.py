"""Rendering in child processes that can be stopped.

Rendering (Markdown, HTML, PDF layout) is the slow, memory-hungry and, on hostile input,
possibly runaway part of a build, so none of it runs in the parent. At the start of a build
the parent forks a *render server* that imports WeasyPrint and the renderer at once — while
the parent reads and validates the briefings, so the two overlap on a multi-core machine. For
each briefing the server forks a worker (cheap: the imports are done) with an address-space
limit; at most ``workers`` run at once, and one that overruns its time budget is killed. That
briefing then fails with a clear reason and the others go on. Only ``os.fork`` is used, so
nothing re-imports the caller's ``__main__``.

Where ``os.fork`` does not exist, rendering runs in-process, without budgets.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import signal
import time
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

DEFAULT_TIME_BUDGET = 120.0  # seconds per briefing
DEFAULT_MEMORY_BUDGET = 2048  # MiB of address space per worker

Result = tuple[dict[str, bytes] | None, str | None]


@dataclass(frozen=True)
class Budgets:
    workers: int
    time_budget: float = DEFAULT_TIME_BUDGET
    memory_budget: int = DEFAULT_MEMORY_BUDGET


class _Server:
    """The parent's handle on the layout server process."""

    def __init__(self) -> None:
        jobs_read, jobs_write = os.pipe()
        results_read, results_write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the server
            os.close(jobs_write)
            os.close(results_read)
            code = 0
            try:
                signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C
                _detach_standard_streams()  # so nobody waits on our copy of the caller's pipes
                _serve(Connection(jobs_read), Connection(results_write))
            except BaseException:  # noqa: BLE001 - a server must never run the caller's code
                code = 1
            finally:
                os._exit(code)
        os.close(jobs_read)
        os.close(results_write)
        self.pid = pid
        self.jobs = Connection(jobs_write)
        self.results = Connection(results_read)

    def render(self, jobs: Sequence[Any], budgets: Budgets) -> list[Result]:
        self.jobs.send((list(jobs), budgets))
        return self.results.recv()

    def close(self) -> None:
        for connection in (self.jobs, self.results):
            try:
                connection.close()
            except OSError:
                pass
        try:
            os.waitpid(self.pid, os.WNOHANG)
        except ChildProcessError:
            pass


def _detach_standard_streams() -> None:
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1, 2):
        os.dup2(null, fd)
    os.close(null)


_server: _Server | None = None
_server_owner: int | None = None


def warm_up() -> None:
    """Start the layout server now, so WeasyPrint loads while the caller does other work."""
    global _server, _server_owner
    if not hasattr(os, "fork"):
        return
    if _server is not None and _server_owner == os.getpid() and _alive(_server.pid):
        return
    _server = _Server()
    _server_owner = os.getpid()
    atexit.register(_server.close)


def _alive(pid: int) -> bool:
    try:
        finished, _ = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return False
    return finished == 0


def render_all(jobs: Sequence[Any], *, workers: int, time_budget: float = DEFAULT_TIME_BUDGET,
               memory_budget: int = DEFAULT_MEMORY_BUDGET) -> list[Result]:
    """Render every job (a :class:`briefings.build.Job`), at most ``workers`` at once.

    Returns, in the order of ``jobs``, either the outputs by format or the reason it failed.
    """
    if not jobs:
        return []
    budgets = Budgets(max(1, workers), time_budget, memory_budget)
    if not hasattr(os, "fork"):
        return [_render(job) for job in jobs]
    warm_up()
    assert _server is not None
    try:
        return _server.render(jobs, budgets)
    except (EOFError, OSError, BrokenPipeError):
        _server.close()
        return [(None, f"{job.name}: the render server stopped unexpectedly") for job in jobs]


# --------------------------------------------------------------------------- the server side


def _serve(requests: Connection, replies: Connection) -> None:
    import weasyprint  # noqa: F401 - the point of the server: import once, fork many

    from . import build, pdf, render  # noqa: F401

    while True:
        try:
            jobs, budgets = requests.recv()
        except EOFError:
            return
        replies.send(_run_all(jobs, budgets))


def _run_all(jobs: list[Any], budgets: Budgets) -> list[Result]:
    results: list[Result] = [(None, None)] * len(jobs)
    pending = list(enumerate(jobs))
    running: dict[int, tuple[int, int, float, bytearray]] = {}  # fd -> (index, pid, start, data)
    while pending or running:
        while pending and len(running) < budgets.workers:
            index, job = pending.pop(0)
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_fd)
                _work(job, write_fd, budgets.memory_budget)  # never returns
            os.close(write_fd)
            running[read_fd] = (index, pid, time.monotonic(), bytearray())
        deadline = min(start + budgets.time_budget for _, _, start, _ in running.values())
        ready, _, _ = select.select(list(running), [], [], max(0.0, deadline - time.monotonic()))
        for fd in ready:
            index, pid, start, data = running[fd]
            chunk = os.read(fd, 1 << 16)
            if chunk:
                data.extend(chunk)
                continue
            del running[fd]  # end of file: the worker is done
            os.close(fd)
            _, status = os.waitpid(pid, 0)
            results[index] = _decode(jobs[index], data, status, budgets.memory_budget)
        now = time.monotonic()
        for fd, (index, pid, start, _) in list(running.items()):
            if now - start >= budgets.time_budget:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(fd)
                del running[fd]
                results[index] = (None, f"{jobs[index].name}: rendering took longer than the time "
                                        f"budget of {budgets.time_budget:g} s and was stopped")
    return results


def _decode(job: Any, data: bytearray, status: int, memory_budget: int) -> Result:
    if data:
        try:
            return pickle.loads(bytes(data))
        except Exception:  # noqa: BLE001 - a truncated reply is a dead worker
            pass
    if os.WIFSIGNALED(status):
        return None, (f"{job.name}: the render process was killed by signal "
                      f"{os.WTERMSIG(status)} (memory budget {memory_budget} MiB)")
    return None, (f"{job.name}: the render process stopped unexpectedly "
                  f"(memory budget {memory_budget} MiB)")


def _work(job: Any, write_fd: int, memory_budget: int) -> None:
    """Runs in a worker: render one briefing, write the pickled result, exit."""
    code = 0
    try:
        try:
            import resource

            limit = memory_budget * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass
        result = _render(job, memory_budget)
        payload = pickle.dumps(result)
        with os.fdopen(write_fd, "wb") as stream:
            stream.write(payload)
    except BaseException:  # noqa: BLE001
        code = 1
    finally:
        os._exit(code)


def _render(job: Any, memory_budget: int = DEFAULT_MEMORY_BUDGET) -> Result:
    from .build import render_job
    from .errors import BriefingError

    try:
        return render_job(job), None
    except BriefingError as error:
        return None, str(error)
    except MemoryError:
        return None, f"{job.name}: rendering ran out of memory (budget {memory_budget} MiB)"
    except RecursionError:
        return None, f"{job.name}: the document is nested too deeply to render"
    except Exception as error:  # noqa: BLE001 - a bug: report it, keep the other briefings going
        return None, f"{job.name}: internal error while rendering ({type(error).__name__}: {error})"


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)

