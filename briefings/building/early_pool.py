"""The render pool a build started before it knew it needed one.

A worker imports WeasyPrint as it starts, most of a cold build's time besides the layout. The
command that knows from its command line that it will lay out a PDF (:mod:`briefings.cli.early`)
starts the pool as it begins (:func:`started_early`), so that the import overlaps the command's
own start; the build then takes that pool (:func:`render_pool`) or, when it asks for another
number of workers, stops it and starts its own. A pool no build took is stopped when the command
ends. The pool itself, its budgets and its workers are :mod:`briefings.building.pool`'s.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from briefings.building.pool import Budgets, RenderPool, default_workers

#: the pool :func:`started_early` started, until the build takes it (:func:`render_pool`)
_early: RenderPool | None = None


def worker_count(asked: int, briefs: int) -> int:
    """How many workers render ``briefs`` briefs: as many as asked (0: one per core), or
    one per brief if fewer."""
    return min(asked or default_workers(), briefs)


@contextlib.contextmanager
def started_early(asked: int, briefs: int) -> Iterator[None]:
    """Start the render workers of a build of ``briefs`` briefs (:func:`worker_count`) now,
    before the build knows it needs them, for the build to take (:func:`render_pool`); when it
    did not, stop them as this ends.

    Why: a worker imports WeasyPrint as it starts (the most of a cold build's time besides
    the layout); the command that knows from its command line that it will lay out a PDF
    (:mod:`briefings.cli.early`) starts it here, so that the import overlaps the command's own
    start (its CLI, models, parser and templates), not only the build's validation."""
    global _early
    _early = RenderPool(Budgets(worker_count(asked, briefs)), text_in_workers=False)
    try:
        yield
    finally:
        unused, _early = _early, None
        if unused is not None:
            unused._end(at_once=True)  # nothing to wait for: no task was given to it


def render_pool(budgets: Budgets, text_in_workers: bool = True) -> RenderPool:
    """The build's pool: the one :func:`started_early` started, if it has the workers asked
    for (it then keeps ``budgets``: its workers apply the memory budget as each task starts,
    and load the text renderer with the first text they render); else a new one, and the
    early one, if any, is stopped (the build asked for a different number of workers)."""
    global _early
    early, _early = _early, None
    if early is not None:
        if early.budgets.workers == budgets.workers:
            early.budgets, early.text_in_workers = budgets, text_in_workers
            return early
        early._end(at_once=True)
    return RenderPool(budgets, text_in_workers)


