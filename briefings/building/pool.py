"""One process pool for rendering, with a time and a memory budget per task.

Rendering handles untrusted text and is the slow, memory-hungry part of a build, so it runs
outside the build process: the layout of every PDF, and the text of every brief whose workspace
has templates of its own (see :mod:`briefings.building.jobs`). The workers are a
:class:`pebble.ProcessPool`:

* **Each worker serves many tasks.** It imports WeasyPrint once, as it starts, and keeps what
  is loaded once a process (WeasyPrint and its native libraries, the packaged fonts' bytes), and
  one font configuration with the packaged faces for the pages of the packaged templates, kept
  in :attr:`RenderPool.fonts_folder` (:class:`briefings.render.pdf.PackagedFonts`; a page that
  adds faces of its own, or comes from a workspace's templates, gets a fresh one, so nothing
  of one brief's fonts reaches the next). A fresh process per brief cost a batch 1.5–1.8×
  plain WeasyPrint laying out the same pages in one process.
* **Budgets per task.** A task that overruns its time budget is stopped, and its worker is
  replaced (pebble's per-task timeout). Each worker's address space is capped at the memory
  budget (``RLIMIT_AS``, set as a task starts, so once WeasyPrint is loaded, and by the task,
  so that a pool started before the build read its configuration keeps the budget the
  configuration sets); a task that runs out of memory ends its worker, which is replaced too.
  A worker is also replaced after :data:`TASKS_PER_WORKER` tasks, so that what a long batch
  leaves behind in one process stays bounded.
* **Workers start clean, and cheaply.** Each is a fork of one process that loaded WeasyPrint
  once, as the pool started (:mod:`briefings.building.forking`): never a fork of the build,
  whose threads are rich's and pebble's. No process the pool starts imports anything from the
  folder the build runs in (:func:`isolated_children`).
* **The pool starts at once** (:meth:`RenderPool.__init__`), so that the workers import
  WeasyPrint while the build validates the briefings and renders their text; or sooner, as the
  command starts, when its command line shows that it will lay out a PDF
  (:mod:`briefings.building.early_pool`, :mod:`briefings.cli.early`): the build then takes that pool
  (:func:`briefings.building.early_pool.render_pool`).

Every task comes back as an :class:`Outcome`: a value, or a :class:`Failure` that says whether
the user can fix it (a refused resource, a budget overrun) or it is a bug in briefings
(``internal``, with the worker's traceback). A worker writes what it prints to a file of its
task's, and the failure of a task whose worker died quotes it, so a crash caused by the machine
(no fonts) names its cause.

A worker's temporary files go to a folder of its task's, which the build removes when the task
ends, however it ended: WeasyPrint leaves the packaged fonts (1.9 MB) in a ``weasyprint-*``
folder for every PDF it lays out until its font configuration is garbage-collected, which a
worker that is stopped never gets to.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import itertools
import os
import resource
import shutil
import signal
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import BrokenExecutor, CancelledError, Future
from concurrent.futures import TimeoutError as TaskTimeout
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from briefings.building.collector import collected_once, loaded, pause_while_loading
from briefings.constants import DEFAULT_MEMORY_BUDGET, DEFAULT_TIME_BUDGET
from briefings.errors import BriefingError
from briefings.render.system import font_problem

T = TypeVar("T")
#: why a script that builds without an entry-point guard fails (checked where a build starts)
WORKER_START_MESSAGE = ("a build was started while a render worker was starting: the script that "
                        "calls briefings needs `if __name__ == \"__main__\":` around its entry "
                        "point, because every worker runs the script again")
#: tasks a worker serves before it is replaced (its memory stays bounded over a long batch;
#: a new worker costs one start, about half a second, against a second or so per task)
TASKS_PER_WORKER = 50
#: what a worker's process exits with when a task ran out of memory (it is then replaced)
EXIT_OUT_OF_MEMORY = 86
#: modules a worker imports as it starts: WeasyPrint and the layout task always; the text
#: renderer (the models, Jinja, markdown-it) only in a pool whose workers render text too
LAYOUT_MODULES = ("briefings.render.engine", "briefings.building.layout")
TEXT_MODULES = ("briefings.building.jobs", "briefings.render.markdown", "briefings.render.page",
                "briefings.render.offline")
STDERR_TAIL = 600  # characters of a dead worker's stderr quoted in a failure


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
    out_of_memory: bool = False


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


@contextlib.contextmanager
def isolated_children() -> Iterator[None]:
    """While it lasts, every Python process this one starts puts no folder of its own making
    first on its import path (``PYTHONSAFEPATH``, Python's ``-P``).

    Why: multiprocessing starts a worker as ``python -c …`` in the build's folder, and Python
    then looks for every module in that folder first — before the standard library, before
    multiprocessing itself — until the worker takes the build's import path. A folder in a
    workspace named like a module the worker imports (``nh3``, ``multiprocessing``) would run.
    The variable is restored afterwards, because it also changes how a script started by the
    program that called briefings would find its own modules."""
    previous = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("PYTHONSAFEPATH", None)
        else:
            os.environ["PYTHONSAFEPATH"] = previous


class RenderPool:
    """The build's workers, started at once. Use as a context manager: leaving it stops every
    worker (at once when an exception, Ctrl-C or SIGTERM, is on its way out) and returns when
    they have ended."""

    def __init__(self, budgets: Budgets, text_in_workers: bool = True):
        self.budgets, self.text_in_workers = budgets, text_in_workers
        self._resources = contextlib.ExitStack()  # left when the pool has stopped
        task_files = self._resources.enter_context(
            tempfile.TemporaryDirectory(prefix="briefings-workers-"))
        self._task_files = task_files
        self.log_path = os.path.join(task_files, "workers.log")
        #: where a worker keeps what outlives its tasks (the packaged fonts' configuration)
        self.fonts_folder = os.path.join(task_files, "fonts")
        os.mkdir(self.fonts_folder, 0o700)
        modules = (*LAYOUT_MODULES, *(TEXT_MODULES if text_in_workers else ()))
        self._resources.enter_context(isolated_children())
        self._tasks = itertools.count()
        self._pool: Any = None
        try:
            self._start(modules)
        except BaseException:  # Ctrl-C as the workers start, say
            self.__exit__(None, KeyboardInterrupt(), None)
            raise

    def _start(self, modules: Sequence[str]) -> None:
        """Start every worker now (pebble waits for a first task), with Ctrl-C blocked.

        A terminal sends Ctrl-C to the whole process group, and a worker would only ignore it
        once it runs (a traceback, while it starts, otherwise): the build stops its workers
        itself. A signal mask is kept across exec and fork: the fork server, started now with
        the first worker, and every worker it forks inherit this thread's. In the build the
        signal is blocked only meanwhile, its handler never changed: a Ctrl-C that lands then
        stays pending and is raised as the mask is lifted. (multiprocessing's resource tracker
        lifts the mask after starting itself, so it is started first, by :func:`fork_server`.)"""
        # start-up: pebble, the tracker, the fork server's client ~125 ms, +8 % on a no-op rebuild's imports
        from pebble import ProcessPool

        from briefings.building.forking import fork_server

        context = self._resources.enter_context(fork_server(modules))  # stopped after the workers
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            with _stderr_for_children(self.log_path):
                self._pool = ProcessPool(
                    max_workers=max(1, self.budgets.workers), max_tasks=TASKS_PER_WORKER,
                    initializer=_start_worker, initargs=(modules, self.log_path),
                    context=context)
                self._pool.schedule(_ready)  # starts the workers, in this thread
        finally:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})

    def __enter__(self) -> RenderPool:
        return self

    def __exit__(self, kind: object, error: object, tb: object) -> None:
        self._end(at_once=error is not None)

    def _end(self, at_once: bool) -> None:
        """Stop taking tasks and wait for the workers to end: after their tasks, or ``at_once``
        (a worker still starting, or in the middle of a task, is stopped)."""
        try:
            if self._pool is not None:
                if at_once:
                    self._pool.stop()
                else:
                    self._pool.close()
                self._pool.join()
        finally:
            self._resources.close()

    def submit(self, function: Callable[[Any], T], item: Any, name: str) -> Future[Outcome[T]]:
        """Run ``function(item)`` in a worker; the future's result is an :class:`Outcome`."""
        files = os.path.join(self._task_files, str(next(self._tasks)))
        stderr_path, temporary = f"{files}.log", f"{files}.tmp"
        log_start = _size(self.log_path)
        scheduled = self._pool.schedule(_run_task, timeout=self.budgets.time_budget,
                                        args=(function, item, name, stderr_path, temporary,
                                              self.budgets.memory_budget))
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
        except Exception as error:
            return Outcome(failure=self._explain(error, name, stderr_path, log_start))
        finally:
            with contextlib.suppress(OSError):
                os.unlink(stderr_path)
            shutil.rmtree(temporary, ignore_errors=True)

    def _explain(self, error: Exception, name: str, stderr_path: str, log_start: int) -> Failure:
        # start-up: as in _start (loaded by then, since only a started pool fails)
        from pebble import ProcessExpired

        if isinstance(error, ProcessExpired):
            if error.exitcode == EXIT_OUT_OF_MEMORY:
                return _out_of_memory(name, self.budgets.memory_budget)
            return _died(name, error.exitcode, _tail(stderr_path) or _tail(self.log_path, log_start))
        if isinstance(error, BrokenExecutor):  # every worker ended before it took a task
            said = _tail(self.log_path, log_start).strip()
            cause = font_problem(said) or (f"it printed: {said}" if said else _started_by_a_script())
            return Failure(f"{name}: the render workers ended as they started; {cause}",
                           internal=not cause)
        return Failure(
            f"{name}: internal error in the render pool ({type(error).__name__}: {error})",
            internal=True, traceback="".join(traceback.format_exception(error)))


@contextlib.contextmanager
def _stderr_for_children(path: str) -> Iterator[None]:
    """While it lasts, what processes started meanwhile print goes to ``path``: the workers'
    standard error is the pool's log from their first instruction, not only from their
    initializer on.

    Why: a worker that is still unpickling its pool's channel when the build stops the pool
    at once (Ctrl-C, SIGTERM just after the start) finds the channel's semaphores removed
    (pebble closes the channel before it stops the workers) and Python prints a traceback
    on its way out, which reached the command's standard error. In the log it explains a
    pool whose workers all died as they started (:meth:`RenderPool._explain`). The fork
    server starts meanwhile, and the workers that replace others later, its forks, inherit
    its standard error: the log too."""
    sys.stderr.flush()
    saved = os.dup(2)
    log = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.dup2(log, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(log)


def _out_of_memory(name: str, budget: int | None) -> Failure:
    said = f" (budget {budget} MiB)" if budget else ""
    return Failure(f"{name}: rendering ran out of memory{said}", out_of_memory=True)


def _died(name: str, exitcode: int, stderr: str) -> Failure:
    """A worker that ended without a result: name the signal and quote what it printed."""
    how = (f"was killed by {signal.Signals(-exitcode).name}" if exitcode < 0
           else f"exited with code {exitcode}")
    cause = font_problem(stderr)
    if cause:
        return Failure(f"{name}: the render process {how}: {cause}")
    said = f"; it printed: {stderr.strip()}" if stderr.strip() else ""
    return Failure(f"{name}: the render process {how}{said}", internal=not stderr.strip())


def _started_by_a_script() -> str:
    """Why workers die as they start, when a script of the user's started the build: each worker
    runs the script again (multiprocessing's rule), and without an entry-point guard the
    script's build refuses to start there (see :data:`WORKER_START_MESSAGE`)."""
    main = sys.modules.get("__main__")
    if main is not None and getattr(main, "__spec__", None) is None and hasattr(main, "__file__"):
        return ("if a script started this build, it needs `if __name__ == \"__main__\":` around "
                "its entry point, because every worker runs the script again")
    return ""


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _tail(path: str, since: int = 0) -> str:
    """The last lines written to ``path`` after its first ``since`` bytes."""
    try:
        with open(path, "rb") as stream:
            stream.seek(0, os.SEEK_END)
            stream.seek(max(since, stream.tell() - STDERR_TAIL))
            return stream.read().decode("utf-8", "replace")
    except OSError:
        return ""


# --------------------------------------------------------------------------- in the worker


def _start_worker(modules: Sequence[str], log_path: str) -> None:
    """As a worker starts: what it prints between tasks goes to the pool's log; it dies with
    the process that started it (the fork server, which dies with the build); it loads what
    its tasks need, unless the server has (WeasyPrint: a missing Pango is reported by the
    task, not here). Its address space is capped by its tasks (:func:`_cap_memory`).

    What it loads lives as long as the worker: it is loaded with the garbage collector off, then
    frozen (:mod:`briefings.building.collector`; its tasks run with the collector off and a
    collection after each)."""
    with contextlib.suppress(OSError):
        _stderr_to(log_path)
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            pr_set_pdeathsig = 1
            ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)
    pause_while_loading()
    try:
        for module in modules:
            importlib.import_module(module)
    finally:
        loaded()


def _cap_memory(memory_budget: int) -> None:
    """Cap the worker's address space at the budget, as a task starts: once what the worker
    loads as it starts is loaded, so that the cap is what tasks add to a loaded worker, as it
    was when each task had a fresh worker. (Every task of a pool has one budget; setting it
    again costs a system call.)"""
    with contextlib.suppress(ValueError, OSError):
        limit = memory_budget * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _ready() -> None:
    """The task that starts the pool."""


def _stderr_to(path: str) -> None:
    sys.stderr.flush()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 2)
    os.close(fd)


def _run_task(function: Callable[[Any], T], item: Any, name: str, stderr_path: str,
              temporary: str, memory_budget: int) -> Outcome[T]:
    """Runs in a worker: what it prints and its temporary files go where the build finds and
    removes them; any failure is explained. A task that ran out of memory ends the worker, so
    that the next task gets a fresh one."""
    _cap_memory(memory_budget)
    log = os.dup(2)
    with contextlib.suppress(OSError):
        _stderr_to(stderr_path)
    with contextlib.suppress(OSError):
        os.mkdir(temporary, 0o700)
        tempfile.tempdir = temporary
    try:
        outcome = collected_once(run_caught, function, item, name, memory_budget)
    finally:
        tempfile.tempdir = None
        sys.stderr.flush()
        os.dup2(log, 2)
        os.close(log)
    if outcome.failure is not None and outcome.failure.out_of_memory:
        os._exit(EXIT_OUT_OF_MEMORY)  # multiprocessing ends its processes so too
    return outcome


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
        return Outcome(failure=_out_of_memory(name, memory_budget))
    except RecursionError:
        return Outcome(failure=Failure(f"{name}: the document is nested too deeply to render"))
    except Exception as error:
        return Outcome(failure=Failure(
            f"{name}: internal error while rendering ({type(error).__name__}: {error})",
            internal=True, traceback=traceback.format_exc()))
