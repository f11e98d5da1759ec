"""The render workers' server: multiprocessing's fork server, which imports WeasyPrint once so
that every worker forked from it starts with it loaded.

It is started as early as something knows a PDF will be wanted (:func:`warm_up`: the
``briefings`` command's entry point for a build, the build itself otherwise), so that the import
runs while the build loads, plans and validates; replaced when the workers turn out to need the
text renderer too; and stopped with the command (:func:`stop_server`), so that no process of a
command outlives it. Elsewhere than Linux the workers are spawned, and there is no server.

This module imports little, so that the entry point can start the server before anything else.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import sys
import tempfile
from typing import Any

#: Modules the server imports once, so every worker starts with them loaded: WeasyPrint and
#: the layout task always; the text renderer (the models, Jinja, markdown-it) only for builds
#: whose workers render text too (a workspace with templates of its own), because the server
#: forks no worker before its imports are done, and on a cold build they would be waited for.
LAYOUT_PRELOAD = ["briefings.render.engine", "briefings.building.layout"]
TEXT_PRELOAD = ["briefings.building.jobs", "briefings.render.markdown", "briefings.render.page",
                "briefings.render.offline"]
STDERR_TAIL = 600  # characters of a dead worker's or the server's stderr quoted in a failure


def context(text_in_workers: bool = True) -> Any:
    """The start method: a preloading fork server on Linux; spawn (always safe) elsewhere.
    (The preload list counts only until the server has started.)"""
    if sys.platform.startswith("linux"):
        forkserver = multiprocessing.get_context("forkserver")
        text = TEXT_PRELOAD if text_in_workers else []
        forkserver.set_forkserver_preload([*LAYOUT_PRELOAD, *text])
        return forkserver
    return multiprocessing.get_context("spawn")


def warm_up(text_in_workers: bool = True) -> None:
    """Start the fork server now (it returns at once), so that WeasyPrint loads in it while
    the caller reads and validates briefings.

    The server and its workers leave Ctrl-C to the build (which stops them), but a terminal
    sends SIGINT to the whole process group, and the server would only ignore it once it has
    imported WeasyPrint (a traceback otherwise). So it is started with SIGINT blocked: a
    signal mask is kept across exec, the server sets SIGINT to be ignored once its imports are
    done (which discards one pending), and its workers inherit both. In the build the signal is
    blocked only while the server is spawned, its handler never changed: a Ctrl-C that lands
    then stays pending and is raised as the mask is lifted. (multiprocessing's resource
    tracker, which the server's start also starts, lifts the mask after starting itself, so it
    is started first.)

    ``text_in_workers`` says whether the workers will render text too (then the server also
    imports the text renderer). A server started without it, on the guess of
    :mod:`briefings.cli.entry`, is replaced when they will: otherwise each worker of a batch
    would import the renderer itself.
    """
    if context(text_in_workers).get_start_method() != "forkserver" or not _is_main_thread():
        return
    from multiprocessing import forkserver, resource_tracker

    global _server_log, _server_renders_text
    if text_in_workers and _server_renders_text is False and server_pid() is not None:
        stop_server()
    if _server_log is None:
        _server_log = tempfile.TemporaryFile(prefix="briefings-server-")
    resource_tracker.ensure_running()
    # the server (and a worker until its task takes over its stderr) writes to a log of its
    # own: a worker interrupted while it starts, when the build stops, is not news on the
    # terminal, and what a dying worker says is quoted from there
    saved_stderr = os.dup(2)
    sys.stderr.flush()
    try:  # the mask is lifted whatever happens once it may be set
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        os.dup2(_server_log.fileno(), 2)
        running = server_pid()
        forkserver.ensure_running()
        if server_pid() != running:
            _server_renders_text = text_in_workers
    finally:
        os.dup2(saved_stderr, 2)
        os.close(saved_stderr)
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


_server_log: Any = None
#: whether the running server has imported the text renderer (None: no server started yet)
_server_renders_text: bool | None = None


def server_pid() -> int | None:
    """The running fork server's process id, or None."""
    from multiprocessing import forkserver

    pid: int | None = getattr(getattr(forkserver, "_forkserver", None), "_forkserver_pid", None)
    return pid


def server_log_size() -> int:
    """How much the fork server and starting workers have written so far (0 without a server)."""
    if _server_log is None:
        return 0
    try:
        return os.fstat(_server_log.fileno()).st_size
    except (OSError, ValueError):
        return 0


def server_log_tail(since: int = 0) -> str:
    """The last lines the fork server and starting workers wrote after ``since`` bytes (a
    task's failure quotes only what was written after the task was submitted, not the last
    words of a worker of an earlier build)."""
    if _server_log is None:
        return ""
    try:
        _server_log.seek(0, os.SEEK_END)
        _server_log.seek(max(since, _server_log.tell() - STDERR_TAIL))
        return bytes(_server_log.read()).decode("utf-8", "replace")
    except (OSError, ValueError):
        return ""


def _is_main_thread() -> bool:
    import threading

    return threading.current_thread() is threading.main_thread()


def stop_server() -> None:
    """Stop the fork server, and with it any worker left, so that no process of a command
    outlives it. (multiprocessing has no public call for this; its own tests use ``_stop``.)
    The next pool starts a new server."""
    from multiprocessing import forkserver

    server: Any = getattr(forkserver, "_forkserver", None)
    pid = server_pid()
    if pid is None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)  # it may still be importing WeasyPrint: don't wait for that
    with contextlib.suppress(OSError, ChildProcessError, AttributeError):
        server._stop()
