"""The ``briefings`` command's entry point, kept small for two reasons.

* Every render worker runs the program's main script again before its task (multiprocessing
  does so for every start method but fork), and the script pip writes for ``briefings`` imports
  this module: a worker loads these few lines, not the CLI.
* For ``briefings build`` it starts the render workers' server before anything else, so that
  WeasyPrint — most of a cold build's latency — loads while the CLI starts and the build reads,
  plans and validates. A guess from the command line alone: a build that lays out no PDF
  stops the server unused, and one whose workspace has templates of its own replaces it
  (:func:`briefings.building.server.warm_up`).

And it ends a command stopped by Ctrl-C the way Python ends a program it interrupts: after the
command's own clean-up (every worker stopped, "interrupted" printed), by SIGINT, which a shell
reports as status 130. A script that runs builds in a loop can then tell that the user pressed
Ctrl-C, and stops too (https://www.cons.org/cracauer/sigint.html). It is also the only ending
CPython allows reliably: when the KeyboardInterrupt happened to pass through code compiled
from a string (the methods :mod:`dataclasses` writes, as a module is imported), CPython ends
the process by SIGINT after its exit, whatever the command returned.

Otherwise a finished command's process ends as soon as its exit handlers have run (temporary
folders removed, logs flushed: Python has waited for its threads by then), without the
interpreter's teardown, which frees one object after another what the system frees at once.
With the models, Jinja and rich loaded that teardown took 40–70 ms, all of it after the output
was written (a cold build's median went from 1.27 s to 1.20 s; ``bench/run.py``). Only
:func:`run` ends so, only once the command has returned its exit code (a traceback that
escapes it ends the usual way, as does one raised after it), and only when its handler is the
last to run: an exit handler registered before the command started (coverage's, say) would run
after it, so then the process ends the usual way too. :func:`run` is the program, not a function
to call and go on from: a script that catches its ``SystemExit`` and ends otherwise gets the
command's exit code. Scripts use the public API (``briefings.build`` and the rest), which never
ends the process.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import sys
from collections.abc import Sequence

from briefings.cli.exits import EXIT_INTERRUPTED

#: the finished command's exit code (None until it has one); EXIT_INTERRUPTED: end by SIGINT
_exit_code: int | None = None
#: whether the process may end without the interpreter's teardown (see the module's docstring)
_skip_teardown = False


def lays_out_pdfs(argv: Sequence[str]) -> bool:
    """Whether ``argv`` (without the program) may be a build that makes PDFs: the command is
    ``build`` and ``--format``, if given, names ``pdf``."""
    words = [word for word in argv if not word.startswith("-")]
    if not words or words[0] != "build":
        return False
    formats = None  # the last --format counts, as it does for click
    for number, word in enumerate(argv):
        if word == "--format" and number + 1 < len(argv):
            formats = argv[number + 1]
        elif word.startswith("--format="):
            formats = word
    return formats is None or "pdf" in formats


def run() -> None:
    """Console-script entry point."""
    global _exit_code, _skip_teardown
    _skip_teardown = _no_exit_handler_yet()
    atexit.register(_end)  # registered first, so it runs after every other
    try:
        if lays_out_pdfs(sys.argv[1:]):
            from briefings.building.server import warm_up

            warm_up(text_in_workers=False)
        from briefings.cli.app import main
    except KeyboardInterrupt:  # Ctrl-C while the command starts (its server ends with it)
        print("interrupted", file=sys.stderr)
        code = EXIT_INTERRUPTED
    else:
        code = main()
    _exit_code = code
    sys.exit(code)


def _end() -> None:
    """The last exit handler: after a Ctrl-C, end by SIGINT; after any other ending of the
    command, end with its exit code, skipping the interpreter's teardown (see the module's
    docstring)."""
    if _exit_code is None or hasattr(sys, "last_value"):  # the command did not finish, or
        return  # an exception escaped after it: let Python end as it does, with its status
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    if _exit_code != EXIT_INTERRUPTED:
        if _skip_teardown:
            os._exit(_exit_code)
        return
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # not on Windows
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.raise_signal(signal.SIGINT)


def _no_exit_handler_yet() -> bool:
    """Whether no exit handler has been registered yet (CPython tells; elsewhere, assume one
    has, and keep the teardown)."""
    count = getattr(atexit, "_ncallbacks", None)
    return count is not None and count() == 0
