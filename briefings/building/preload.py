"""What the render pool's fork server (:mod:`briefings.building.forking`) loads before it forks
its first worker: importing this module loads it. multiprocessing imports it, by name, in the
server alone; nothing else should import it.

It loads what every worker would load as it starts: WeasyPrint and the layout task, pebble and
the pool's side of a worker, and the entry module that multiprocessing runs again in a worker
as it starts (the ``briefings`` command's, which loads a few lines, not the CLI). It does so as
a worker did, with the garbage collector off, then everything frozen
(:mod:`briefings.building.collector`): never traversed again, in the server or in a worker
(whose collections would otherwise write to the server's pages, and so copy them). A module that fails to load is
left out: the worker then loads it as it starts, and reports its error as before (a machine
without Pango, say).

The server dies with the build: the kernel kills it when the thread that started it ends
(``PR_SET_PDEATHSIG``, Linux), and its workers, which set the same of the server, with it.
Without that a build killed outright would leave the server running until the workers had
finished their tasks.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import signal
import sys

from briefings.building.collector import loaded, pause_while_loading

#: what a worker needs as it starts, loaded once here
MODULES = ("briefings.render.engine", "briefings.building.layout", "briefings.building.pool",
           "briefings.cli.entry", "pebble")
#: prctl's option that asks for a signal when the parent ends
PR_SET_PDEATHSIG = 1


def _load() -> None:
    if sys.platform.startswith("linux"):
        with contextlib.suppress(Exception):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    pause_while_loading()
    try:
        for module in MODULES:
            with contextlib.suppress(Exception):
                importlib.import_module(module)
    finally:
        loaded()


_load()
