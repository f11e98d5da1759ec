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
"""

from __future__ import annotations

import atexit
import contextlib
import signal
import sys
from collections.abc import Sequence

from briefings.cli.exits import EXIT_INTERRUPTED

#: set when the command stopped on Ctrl-C: the process then ends by SIGINT
_interrupted = False


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
    global _interrupted
    atexit.register(_end_as_interrupted)  # registered first, so it runs after every other
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
    _interrupted = code == EXIT_INTERRUPTED
    sys.exit(code)


def _end_as_interrupted() -> None:
    """At exit, after a Ctrl-C: end by SIGINT (see the module's docstring)."""
    if not _interrupted:
        return
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(Exception):
            stream.flush()
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):  # not on Windows
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    signal.raise_signal(signal.SIGINT)
