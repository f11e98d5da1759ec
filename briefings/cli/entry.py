"""The ``briefings`` command's entry point, kept small: every render worker runs the program's
main script again as it starts (multiprocessing does so for its ``spawn`` start method), and the
script pip writes for ``briefings`` imports this module, so a worker loads these few lines, not
the CLI.

It ends a command stopped by Ctrl-C the way Python ends a program it interrupts: after the
command's own clean-up (every worker stopped, "interrupted" printed), by SIGINT, which a shell
reports as status 130. A script that runs builds in a loop can then tell that the user pressed
Ctrl-C, and stops too (https://www.cons.org/cracauer/sigint.html). It is also the only ending
CPython allows reliably: when the KeyboardInterrupt happened to pass through code compiled
from a string (the methods :mod:`dataclasses` writes, as a module is imported), CPython ends
the process by SIGINT after its exit, whatever the command returned.

And the command returns only when every process it started has ended. The render workers are
stopped and waited for by the build; multiprocessing's resource tracker, which it starts with
them (a process that removes the named semaphores of processes that die), ends only once every
process holding its pipe has closed it — the command's own process among them, so on its own it
would outlive the command by a moment. The last exit handler, which runs after multiprocessing's
own (every semaphore released), closes the pipe and waits for the tracker to end.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys
import time
from typing import TYPE_CHECKING

from briefings.building.collector import pause_while_loading
from briefings.cli.early import is_build, workers_to_start
from briefings.cli.exits import EXIT_INTERRUPTED, EXIT_TERMINATED

if TYPE_CHECKING:
    from collections.abc import Callable

#: whether the command was interrupted by Ctrl-C (then the process ends by SIGINT)
_interrupted = False


def run() -> None:
    """Console-script entry point: the program, not a function to call and go on from (scripts
    use the public API, ``briefings.build`` and the rest)."""
    global _interrupted
    atexit.register(_end)  # registered first, so it runs after every other exit handler
    if is_build(sys.argv[1:]):  # until the build has loaded its stages (it ends the pause)
        pause_while_loading()
    with contextlib.ExitStack() as workers:  # those started early: stopped unless a build took them
        try:
            main = _load(workers)
        except KeyboardInterrupt:  # Ctrl-C while the command starts
            print("interrupted", file=sys.stderr)
            code = EXIT_INTERRUPTED
        except _Terminated:
            print("terminated", file=sys.stderr)
            code = EXIT_TERMINATED
        else:
            code = main()
    _interrupted = code == EXIT_INTERRUPTED
    sys.exit(code)


class _Terminated(BaseException):
    """SIGTERM while the command starts: it ends as Ctrl-C does then (exit 143)."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated()


def _load(workers: contextlib.ExitStack) -> Callable[[], int]:
    """The CLI's ``main``, loaded once the render workers of a build whose command line shows
    it will lay out a PDF have started (:mod:`briefings.cli.early`), so that they load
    WeasyPrint meanwhile; ``workers`` stops them unless the build takes them. Until the CLI
    handles SIGTERM itself, SIGTERM ends the start as Ctrl-C does, so that no worker started
    here outlives the command."""
    previous = signal.signal(signal.SIGTERM, _terminate)
    try:
        asked = workers_to_start(sys.argv[1:])
        if asked is not None:
            # start-up: the pool's module and pebble, which the build would load a moment later
            from briefings.building.early_pool import started_early

            workers.enter_context(started_early(*asked))
        # start-up: a worker re-running this script skips the CLI: ~170 ms, 2× the entry's imports
        from briefings.cli.app import main
    finally:
        signal.signal(signal.SIGTERM, previous)
    return main


#: how long the command waits at most for the processes it started to end
CHILDREN_GRACE_SECONDS = 10.0


def _end() -> None:
    """The last exit handler: wait for every process the command started; after a Ctrl-C, end
    by SIGINT (see the module's docstring)."""
    _wait_for_children()
    if not _interrupted or hasattr(sys, "last_value"):  # an exception escaped after the command:
        return  # let Python end as it does, with its status
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.raise_signal(signal.SIGINT)


def _wait_for_children() -> None:
    """Close the resource tracker's pipe, if multiprocessing started one, and wait (within
    :data:`CHILDREN_GRACE_SECONDS`) until no child process of the command is left."""
    tracker = sys.modules.get("multiprocessing.resource_tracker")
    if tracker is None or "multiprocessing.synchronize" not in sys.modules:
        return  # no named semaphore was made, so no tracker was started
    try:
        os.close(tracker.getfd())
    except OSError:
        return
    deadline = time.monotonic() + CHILDREN_GRACE_SECONDS
    while time.monotonic() < deadline:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:  # none left
            return
        if pid == 0:  # children still running
            time.sleep(0.002)
