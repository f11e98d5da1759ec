"""When Python's cyclic garbage collector runs in a build's processes, and why.

A build's processes make two kinds of objects: those of the modules they load (classes,
functions, the models' validators, WeasyPrint's tables), which live as long as the process, and
those of each brief, most of them garbage when the brief is done. Python's collector knew
neither: every few hundred allocations it traversed what had been made since, and now and then
everything, so that loading the build's stages spent 13 % of the command's CPU time on
collections that freed next to nothing, WeasyPrint's import in a worker 15 %, and a layout a
tenth of its time traversing its own document (alive until the layout ends) and the modules.

* While a process loads (:func:`pause_while_loading`, then :func:`loaded`) the collector is
  off; what was loaded is then frozen (:func:`gc.freeze`: never traversed again) and the
  collector back on. The ``briefings build`` command pauses it as it starts
  (:mod:`briefings.cli.entry`) and the build ends the pause before it validates
  (:mod:`briefings.building.run`); a render worker around its imports
  (:mod:`briefings.building.pool`).
* A worker's task runs with the collector off and one full collection after it
  (:func:`collected_once`).

Only objects in reference cycles wait for a collection; the rest are freed as before, the
moment they are no longer used. Paused, a process keeps its cyclic garbage until the pause ends:
only loading and one task are paused, never a loop over briefs, so what it keeps is bounded by
one brief (a worker's peak memory over ten layouts of the seed: 82 MiB against 88 before).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: whether :func:`pause_while_loading` turned the collector off (and :func:`loaded` has not
#: turned it back on)
_paused = False


def pause_while_loading() -> None:
    """Turn the collector off while the process loads its modules, unless it is off already
    (then :func:`loaded` leaves it so)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def loaded() -> None:
    """End the pause, if there is one: what the process has loaded is frozen, out of every
    later collection's way, and the collector back on."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def collected_once(run: Callable[..., T], *args: object) -> T:
    """``run(*args)`` with the collector off, and one full collection after it: a worker's
    task. A layout keeps its document alive until it ends, so the collections during it freed
    nothing and moved the document on until full collections traversed it; collected once
    when the task is done, its garbage costs one traversal.
    (:func:`briefings.building.layout.lay_out` collects the first page it laid out when it
    lays out the page with contents.) Leaves the collector on, as a worker has it."""
    gc.disable()
    try:
        return run(*args)
    finally:
        gc.enable()
        gc.collect()
