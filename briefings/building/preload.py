"""Modules the render pool's server imports besides its own (see :mod:`briefings.building.pool`).

A registry with no imports of its own, so that the CLI can add itself at start-up without
loading the process layer for commands that never start a worker.
"""

from __future__ import annotations

#: modules added by :func:`preload_also`, imported by the server after the pool's own
EXTRA: list[str] = []


def preload_also(module: str) -> None:
    """Have the render server import ``module`` too (call before it starts).

    A worker runs the program's main script again before its first task, as multiprocessing
    does for every start method but fork (the server cannot inherit it: ``__main__`` in the
    preload list is ignored up to Python 3.13). For the ``briefings`` script that is one line,
    ``from briefings.cli.app import run``: preloaded, it costs nothing; otherwise the CLI is
    imported again for every briefing built.
    """
    if module not in EXTRA:
        EXTRA.append(module)
