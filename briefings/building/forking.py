"""How the render pool starts its workers: each a fork of one process that has loaded
WeasyPrint already (multiprocessing's ``forkserver``), not a fresh interpreter that loads it.

Why: a worker's start — the interpreter, the entry module, WeasyPrint, pebble — cost 0.3–0.5 s
of CPU, once for every worker: the second worker's start was work that only a batch on two
cores does, the largest of what kept two workers under 1.9× the speed of one (see
docs/benchmarks.md, "Sixth pass"); and a worker replaced after a budget was hit started anew.
Now the server pays that start once, as the pool starts (0.35–0.46 s, as much as one spawned
worker), and each worker, first or replacement, is ready 3–8 ms of CPU after its fork.

Why a fork is safe here, when the build itself is never forked: the build has threads (rich's,
pebble's), and a fork copies their locks in whatever state they are, with no thread left to
release them. The server is not the build: it is a fresh interpreter (started with
``PYTHONSAFEPATH``, as every process of the pool, see :func:`briefings.building.pool.isolated_children`)
with one thread, which only imports :mod:`briefings.building.preload` and forks (a test checks
that it has one thread). Each worker still runs the pool's initializer, its budgets are set as
each task starts, and it serves :data:`briefings.building.pool.TASKS_PER_WORKER` tasks, as before.

The server is multiprocessing's, one per process. It starts with the first worker of a pool
(from the thread that starts the pool, with the pool's standard error and Ctrl-C blocked, as the
workers started before), and it is stopped when the last pool that uses it ends, after their
workers have ended, so that a build leaves no process behind and the CPU time of the workers
it forked is counted in the build's (``RUSAGE_CHILDREN``). It dies with the build
(:mod:`briefings.building.preload`), and its workers with it. Where ``forkserver`` does not
exist (Windows), workers are spawned, as before.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator, Sequence
from multiprocessing import forkserver, resource_tracker
from multiprocessing.context import BaseContext

#: what the server imports before it forks a worker
PRELOAD = "briefings.building.preload"

#: pools in this process that use the server (it is stopped when the last one ends)
_users = 0
_lock = threading.Lock()


@contextlib.contextmanager
def fork_server(modules: Sequence[str] = ()) -> Iterator[BaseContext]:
    """The context a pool starts its workers with, while it lasts: ``forkserver`` preloading
    :data:`PRELOAD`, then ``modules`` (the text renderer, for a pool whose workers render
    text), stopped when the last pool that uses it ends; else ``spawn``. (The first pool that
    starts the server chooses what it loads.)

    multiprocessing's resource tracker is started at once: it lifts the signal mask after
    starting itself, so it must be running before the pool blocks Ctrl-C to start its workers
    (:meth:`briefings.building.pool.RenderPool._start`)."""
    global _users
    resource_tracker.ensure_running()
    if "forkserver" not in multiprocessing.get_all_start_methods():
        yield multiprocessing.get_context("spawn")
        return
    context = multiprocessing.get_context("forkserver")
    with _lock:
        _users += 1
        context.set_forkserver_preload([PRELOAD, *modules])
    try:
        yield context
    finally:
        with _lock:
            _users -= 1
            if not _users:
                _stop()


def _stop() -> None:
    """Stop multiprocessing's fork server, if it runs, and wait for it.

    It is killed: asked to stop, it would end once every process that holds its pipe has
    closed it (the build, and the workers, which have ended by now), then tear down every
    module it loaded, 40–110 ms of wall time at the end of every build on the benchmark
    machine, against 12–25 ms killed. It has nothing to write or remove; the workers it forked
    were waited for by it as they ended, so their CPU time is still counted in the build's
    (a worker that has not ended dies with it). ``_stop`` (private, "used by unit tests", in
    every version since 3.4) then waits for it and forgets it, so that a later pool starts
    another."""
    server = getattr(forkserver, "_forkserver", None)
    with contextlib.suppress(AttributeError, OSError):
        pid = server._forkserver_pid  # type: ignore[union-attr]
        if pid is not None:
            os.kill(pid, signal.SIGKILL)
        server._stop()  # type: ignore[union-attr]
