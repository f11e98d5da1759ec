"""The ``briefings`` command's entry point, kept small for two reasons.

* Every render worker runs the program's main script again before its task (multiprocessing
  does so for every start method but fork), and the script pip writes for ``briefings`` imports
  this module: a worker loads these few lines, not the CLI.
* For ``briefings build`` it starts the render workers' server before anything else, so that
  WeasyPrint — most of a cold build's latency — loads while the CLI starts and the build reads,
  plans and validates. A guess from the command line alone: a build that lays out no PDF
  stops the server unused, and one whose workspace has templates of its own replaces it
  (:func:`briefings.building.pool.warm_up`).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def lays_out_pdfs(argv: Sequence[str]) -> bool:
    """Whether ``argv`` (without the program) may be a build that makes PDFs: the command is
    ``build`` and ``--format``, if given, names ``pdf``."""
    words = [word for word in argv if not word.startswith("-")]
    if not words or words[0] != "build":
        return False
    for number, word in enumerate(argv):
        if word == "--format" and number + 1 < len(argv):
            return "pdf" in argv[number + 1]
        if word.startswith("--format="):
            return "pdf" in word
    return True


def run() -> None:
    """Console-script entry point."""
    if lays_out_pdfs(sys.argv[1:]):
        from briefings.building.pool import warm_up

        warm_up(text_in_workers=False)
    from briefings.cli.app import run as run_command

    run_command()
