"""One process pool for rendering, with a time and a memory budget per task.

Rendering handles untrusted text and is the slow, memory-hungry part of a build, so it runs
outside the build process: the layout of every PDF, and the text of every brief whose workspace
has templates of its own (see :mod:`briefings.building.jobs`). Each task runs in a worker
process of a :class:`pebble.ProcessPool` with ``max_tasks=1`` — a fresh process per task, so a
task that leaks or crashes harms nothing else — and is stopped when it overruns its time
budget; its address space is capped at the memory budget.

Workers start from a clean server process (multiprocessing's ``forkserver`` on Linux, ``spawn``
elsewhere), never by forking the build itself, so no thread of the build (rich's progress
display, pebble's own) is ever forked. The server (:mod:`briefings.building.server`) imports
WeasyPrint once, while the build validates; each worker then inherits it.

Every task comes back as an :class:`Outcome`: a value, or a :class:`Failure` that says whether
the user can fix it (a refused resource, a budget overrun) or it is a bug in briefings
(``internal``, with the worker's traceback). A worker that dies leaves its stderr behind, and
the failure quotes it, so a crash caused by the machine (no fonts) names its cause.

A worker's temporary files go to a folder of its task's, which the build removes when the task
ends, however it ended. A worker is ended by ``os._exit`` (multiprocessing's way, which runs no
finaliser), so what a library would remove as it is garbage-collected stays otherwise: WeasyPrint
leaves the packaged fonts (1.9 MB) in a ``weasyprint-*`` folder for every PDF it lays out.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import shutil
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable
from concurrent.futures import CancelledError, Future
from concurrent.futures import TimeoutError as TaskTimeout
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from briefings.building.server import STDERR_TAIL, context, server_log_size, server_log_tail, warm_up
from briefings.constants import DEFAULT_MEMORY_BUDGET, DEFAULT_TIME_BUDGET
from briefings.errors import BriefingError
from briefings.render.system import font_problem

LOGGER = logging.getLogger("briefings.build")
T = TypeVar("T")
#: why a script that builds without an entry-point guard fails (checked where a build starts)
WORKER_START_MESSAGE = ("a build was started while a render worker was starting: the script that "
                        "calls briefings needs `if __name__ == \"__main__\":` around its entry "
                        "point, because every worker runs the script again")
POLL_SECONDS = 0.01  # how often pebble's threads look at the pool (see RenderPool)


@dataclass(frozen=True)
class Budgets:
    """How many workers run at once, and what one task may spend."""

    workers: int
    time_budget: float = DEFAULT_TIME_BUDGET
    memory_budget: int = DEFAULT_MEMORY_BUDGET


@dataclass(frozen=True)
class Failure:
    """Why a task produced nothing: a message for the user, and whether it is our bug."""

    message: str
    internal: bool = False
    traceback: str = ""


@dataclass(frozen=True)
class Outcome(Generic[T]):
    """A task's value, or its failure."""

    value: T | None = None
    failure: Failure | None = None


def default_workers() -> int:
    """One worker per core this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


class RenderPool:
    """The build's workers. Use as a context manager: leaving it stops every worker, at once
    when an exception (Ctrl-C, SIGTERM) is on its way out."""

    def __init__(self, budgets: Budgets, text_in_workers: bool = True):
        # only when a pool starts: a no-op rebuild never needs it
        from pebble import CONSTS, ProcessPool

        # pebble's threads look at the pool every ``sleep_unit`` (0.1 s by default): that long
        # before a finished worker is replaced, and before a closed pool has stopped. Tasks
        # here take about a second, so its default cost a batch up to a tenth of its workers'
        # time and every build a tenth of a second at the end.
        CONSTS.sleep_unit = POLL_SECONDS
        warm_up(text_in_workers)
        self.budgets = budgets
        self._pool = ProcessPool(max_workers=max(1, budgets.workers), max_tasks=1,
                                 initializer=_start_worker, context=context(text_in_workers))
        self._task_files = tempfile.TemporaryDirectory(prefix="briefings-workers-")
        self._tasks = itertools.count()

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, kind: object, error: object, tb: object) -> None:
        if error is None:
            self._pool.close()  # type: ignore[no-untyped-call]
        else:
            self._pool.stop()  # type: ignore[no-untyped-call]
        self._pool.join()
        self._task_files.cleanup()

    def submit(self, function: Callable[[Any], T], item: Any, name: str) -> Future[Outcome[T]]:
        """Run ``function(item)`` in a worker; the future's result is an :class:`Outcome`."""
        files = os.path.join(self._task_files.name, str(next(self._tasks)))
        stderr_path, temporary = f"{files}.log", f"{files}.tmp"
        log_start = server_log_size()
        scheduled = self._pool.schedule(
            _run_task, timeout=self.budgets.time_budget,
            args=(function, item, name, stderr_path, temporary, self.budgets.memory_budget))
        outcome: Future[Outcome[T]] = Future()
        scheduled.add_done_callback(lambda done: outcome.set_result(
            self._outcome(done, name, stderr_path, log_start, temporary)))
        return outcome

    def _outcome(self, done: Future[Any], name: str, stderr_path: str, log_start: int,
                 temporary: str) -> Outcome[Any]:
        """A finished pebble future as an Outcome: every way a task can end, explained."""
        try:
            result: Outcome[Any] = done.result()
            return result
        except TaskTimeout:
            return Outcome(failure=Failure(
                f"{name}: rendering took longer than the time budget of "
                f"{self.budgets.time_budget:g} s and was stopped"))
        except CancelledError:
            return Outcome(failure=Failure(f"{name}: rendering was cancelled"))
        except Exception as error:  # noqa: BLE001 - a dead worker, or the pool itself failed
            from pebble import ProcessExpired

            if isinstance(error, ProcessExpired):
                said = _tail(stderr_path) or server_log_tail(log_start)
                return Outcome(failure=_died(name, error.exitcode, said))
            if WORKER_START_MESSAGE in server_log_tail(log_start):  # workers died as they started
                return Outcome(failure=Failure(f"{name}: {WORKER_START_MESSAGE}"))
            return Outcome(failure=Failure(
                f"{name}: internal error in the render pool ({type(error).__name__}: {error})",
                internal=True, traceback="".join(traceback.format_exception(error))))
        finally:
            with contextlib.suppress(OSError):
                os.unlink(stderr_path)
            shutil.rmtree(temporary, ignore_errors=True)


def _died(name: str, exitcode: int, stderr: str) -> Failure:
    """A worker that ended without a result: name the signal and quote what it printed."""
    how = (f"was killed by {signal.Signals(-exitcode).name}" if exitcode < 0
           else f"exited with code {exitcode}")
    cause = font_problem(stderr)
    if cause:
        return Failure(f"{name}: the render process {how}: {cause}")
    said = f"; it printed: {stderr.strip()}" if stderr.strip() else ""
    return Failure(f"{name}: the render process {how}{said}", internal=not stderr.strip())


def _tail(path: str) -> str:
    try:
        with open(path, "rb") as stream:
            stream.seek(0, os.SEEK_END)
            stream.seek(max(0, stream.tell() - STDERR_TAIL))
            return stream.read().decode("utf-8", "replace")
    except OSError:
        return ""


# --------------------------------------------------------------------------- in the worker


def _start_worker() -> None:
    """Ctrl-C is the build's to handle (it stops the pool); die with the fork server."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            import ctypes

            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


def _run_task(function: Callable[[Any], T], item: Any, name: str, stderr_path: str,
              temporary: str, memory_budget: int) -> Outcome[T]:
    """Runs in a worker: keep stderr for the parent, temporary files where the parent removes
    them, cap memory, run, explain any failure."""
    with contextlib.suppress(OSError):
        fd = os.open(stderr_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(fd, 2)
        os.close(fd)
    with contextlib.suppress(OSError):
        os.mkdir(temporary, 0o700)
        tempfile.tempdir = temporary  # a fresh process per task: no one else's setting changes
    with contextlib.suppress(ImportError, ValueError, OSError):
        import resource

        limit = memory_budget * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return run_caught(function, item, name, memory_budget)


def run_caught(function: Callable[[Any], T], item: Any, name: str,
               memory_budget: int | None = None) -> Outcome[T]:
    """``function(item)`` as an Outcome: the user's errors as messages, ours with the traceback.
    (In a worker, and in the build for the text it renders itself.)"""
    try:
        return Outcome(function(item))
    except BriefingError as error:
        message = str(error)
        return Outcome(failure=Failure(message if name in message else f"{name}: {message}"))
    except MemoryError:
        budget = f" (budget {memory_budget} MiB)" if memory_budget else ""
        return Outcome(failure=Failure(f"{name}: rendering ran out of memory{budget}"))
    except RecursionError:
        return Outcome(failure=Failure(f"{name}: the document is nested too deeply to render"))
    except Exception as error:  # noqa: BLE001 - a bug of ours: keep the traceback for exit 3
        return Outcome(failure=Failure(
            f"{name}: internal error while rendering ({type(error).__name__}: {error})",
            internal=True, traceback=traceback.format_exc()))
