"""Rendering in child processes that can be stopped.

Rendering is the slow, memory-hungry and, on hostile input, possibly runaway part of a build,
so none of it runs in the build process itself. It happens in two stages, each in forked
children with a time budget and an address-space budget (one that overruns is killed; that
briefing fails with a clear reason and the others go on):

1. **Text** — Markdown and the HTML page — in children of the build process, which already has
   the renderer imported after validating.
2. **Layout** — HTML to PDF — in children of a *render server*: a process the build forks at
   its very start, which imports WeasyPrint while the build reads, validates and renders text,
   so that import overlaps with everything else on a multi-core machine.

At most ``workers`` children of a stage run at once. Only ``os.fork`` is used, so nothing
re-imports the caller's ``__main__``. Where ``os.fork`` does not exist, both stages run
in-process, without budgets.
"""

from __future__ import annotations

import atexit
import os
import pickle
import select
import signal
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

DEFAULT_TIME_BUDGET = 120.0  # seconds per briefing and stage
DEFAULT_MEMORY_BUDGET = 2048  # MiB of address space per child

Result = tuple[Any, str | None]  # (value, None) or (None, reason)


@dataclass(frozen=True)
class Budgets:
    workers: int
    time_budget: float = DEFAULT_TIME_BUDGET
    memory_budget: int = DEFAULT_MEMORY_BUDGET


@dataclass(frozen=True)
class LayoutJob:
    """What a layout child needs (plain data, so the server never imports the models)."""

    name: str
    html: str
    html_with_contents: str
    base_dir: Path
    allowed_roots: tuple[Path, ...]
    source_date: Any
    variant: str
    contents_from_pages: int
    attachments: tuple[tuple[str, bytes], ...] = ()


def lay_out(job: LayoutJob) -> tuple[bytes, bool]:
    """HTML → PDF; a brief long enough gets its table of contents. Returns (pdf, with contents)."""
    from .pdf import Layout

    def layout(html: str) -> Layout:
        return Layout(html, base_dir=job.base_dir, allowed_roots=job.allowed_roots,
                      name=job.name, source_date=job.source_date)

    first = layout(job.html)
    if first.pages >= job.contents_from_pages:
        return layout(job.html_with_contents).write(variant=job.variant, attachments=job.attachments), True
    return first.write(variant=job.variant, attachments=job.attachments), False


# --------------------------------------------------------------------------- forked children


def run_forked(items: Sequence[Any], work: Callable[[Any], Any], budgets: Budgets,
               name_of: Callable[[Any], str] = lambda item: item.name) -> list[Result]:
    """Run ``work(item)`` for every item in forked children, at most ``budgets.workers`` at
    once, each within the time and memory budgets. Results come in the order of ``items``."""
    results: list[Result] = [(None, None)] * len(items)
    pending = list(enumerate(items))
    running: dict[int, tuple[int, int, float, bytearray]] = {}  # fd -> (index, pid, start, data)
    while pending or running:
        while pending and len(running) < max(1, budgets.workers):
            index, item = pending.pop(0)
            read_fd, write_fd = os.pipe()
            pid = os.fork()
            if pid == 0:
                os.close(read_fd)
                _child(item, work, write_fd, budgets.memory_budget, name_of)  # never returns
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
            del running[fd]  # end of file: the child is done
            os.close(fd)
            _, status = os.waitpid(pid, 0)
            results[index] = _decode(name_of(items[index]), data, status, budgets.memory_budget)
        now = time.monotonic()
        for fd, (index, pid, start, _) in list(running.items()):
            if now - start >= budgets.time_budget:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(fd)
                del running[fd]
                results[index] = (None, f"{name_of(items[index])}: rendering took longer than the "
                                        f"time budget of {budgets.time_budget:g} s and was stopped")
    return results


def _child(item: Any, work: Callable[[Any], Any], write_fd: int, memory_budget: int,
           name_of: Callable[[Any], str]) -> None:
    """Runs in a child: do the work, write the pickled result, exit (never return)."""
    code = 0
    try:
        try:
            import resource

            limit = memory_budget * 1024 * 1024
            resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        except (ImportError, ValueError, OSError):
            pass
        payload = pickle.dumps(guarded(work, item, name_of(item), memory_budget))
        with os.fdopen(write_fd, "wb") as stream:
            stream.write(payload)
    except BaseException:  # noqa: BLE001 - a child must never return into the caller's code
        code = 1
    finally:
        os._exit(code)


def guarded(work: Callable[[Any], Any], item: Any, name: str,
            memory_budget: int = DEFAULT_MEMORY_BUDGET) -> Result:
    """``work(item)`` with every failure turned into a reason naming the briefing."""
    from .errors import BriefingError

    try:
        return work(item), None
    except BriefingError as error:
        return None, str(error)
    except MemoryError:
        return None, f"{name}: rendering ran out of memory (budget {memory_budget} MiB)"
    except RecursionError:
        return None, f"{name}: the document is nested too deeply to render"
    except Exception as error:  # noqa: BLE001 - a bug: report it, keep the other briefings going
        return None, f"{name}: internal error while rendering ({type(error).__name__}: {error})"


def _decode(name: str, data: bytearray, status: int, memory_budget: int) -> Result:
    if data:
        try:
            return pickle.loads(bytes(data))
        except Exception:  # noqa: BLE001 - a truncated reply is a dead child
            pass
    if os.WIFSIGNALED(status):
        return None, (f"{name}: the render process was killed by signal {os.WTERMSIG(status)} "
                      f"(memory budget {memory_budget} MiB)")
    return None, f"{name}: the render process stopped unexpectedly (memory budget {memory_budget} MiB)"


# --------------------------------------------------------------------------- the render server


class _Server:
    """The build's handle on the render server process (see :mod:`briefings._prefork`)."""

    def __init__(self) -> None:
        from . import _prefork

        if _prefork.handles is None or _prefork.handles[0] != os.getpid():
            _prefork.handles = None
            _prefork.start()
        assert _prefork.handles is not None
        _, self.pid, jobs_fd, results_fd = _prefork.handles
        _prefork.handles = None  # adopted: a later server is a new fork
        self.jobs = Connection(jobs_fd)
        self.results = Connection(results_fd)

    def lay_out(self, jobs: Sequence[LayoutJob], budgets: Budgets) -> list[Result]:
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


def serve(jobs_fd: int, results_fd: int) -> None:
    """The render server's loop: import WeasyPrint once, then lay out what it is sent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the build handles Ctrl-C
    _detach_standard_streams()  # so nobody waits on our copy of the caller's pipes
    import weasyprint  # noqa: F401 - the point of the server: import once, fork many

    from . import pdf  # noqa: F401

    requests, replies = Connection(jobs_fd), Connection(results_fd)
    while True:
        try:
            jobs, budgets = requests.recv()
        except EOFError:
            return
        replies.send(run_forked(jobs, lay_out, budgets))


_server: _Server | None = None
_server_owner: int | None = None


def warm_up() -> None:
    """Start the render server now, so WeasyPrint loads while the caller does other work."""
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


# --------------------------------------------------------------------------- the two stages


def render_all(jobs: Sequence[Any], *, workers: int, time_budget: float = DEFAULT_TIME_BUDGET,
               memory_budget: int = DEFAULT_MEMORY_BUDGET) -> list[Result]:
    """Render every :class:`briefings.build.Job`; results (outputs by format, or the reason it
    failed) in the order of ``jobs``."""
    from . import render, templates  # noqa: F401 - imported once here, inherited by each child
    from .build import layout_job, render_job, render_text

    if not jobs:
        return []
    budgets = Budgets(max(1, workers), time_budget, memory_budget)
    if not hasattr(os, "fork"):
        return [guarded(render_job, job, job.name) for job in jobs]
    warm_up()
    texts = run_forked(jobs, render_text, budgets)
    needs_layout = [i for i, (text, _) in enumerate(texts) if text is not None and "pdf" in jobs[i].formats]
    layouts: dict[int, Result] = {}
    if needs_layout:
        assert _server is not None
        try:
            done = _server.lay_out([layout_job(jobs[i], texts[i][0]) for i in needs_layout], budgets)
        except (EOFError, OSError):
            _server.close()
            done = [(None, f"{jobs[i].name}: the render server stopped unexpectedly") for i in needs_layout]
        layouts = dict(zip(needs_layout, done))
    results: list[Result] = []
    for index, (job, (text, error)) in enumerate(zip(jobs, texts)):
        if text is None:
            results.append((None, error))
            continue
        outputs = {"md": text["md"]}
        if index in layouts:
            laid_out, error = layouts[index]
            if laid_out is None:
                results.append((None, error))
                continue
            pdf, used_contents = laid_out
            outputs["pdf"] = pdf
            if used_contents:
                text["html"] = text["html_with_contents"]
        if "html" in job.formats:
            outputs["html"] = text["html"].encode("utf-8")
        results.append(({fmt: outputs[fmt] for fmt in job.formats}, None))
    return results


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
