"""Build progress a person can read: "N of M" with the briefing's name on a terminal (rich),
one plain line per briefing as it happens otherwise (cron, CI, log files)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from briefings.building.progress import Progress, ProgressEvent, Stage
from briefings.cli.output import say

_FINAL = {Stage.BUILT, Stage.FAILED, Stage.SKIPPED, Stage.INVALID}
_PROBLEMS = {Stage.FAILED, Stage.INVALID}


@contextmanager
def progress_display() -> Iterator[Progress]:
    """A progress callback for :func:`briefings.build`; a live bar only on a terminal."""
    if not sys.stderr.isatty():
        yield _plain
        return
    # start-up: rich's bar ~120 ms, +11 % on validate's imports (cli/build.py serves both)
    from rich.markup import escape
    from rich.progress import Progress as Bar
    from rich.text import Text

    with Bar(transient=True) as bar:
        task = bar.add_task("building", total=None)

        def on_event(event: ProgressEvent) -> None:
            bar.update(task, total=event.total, completed=event.done,
                       description=escape(f"{event.done} of {event.total}: {event.path.name}"))
            if event.stage in (Stage.BUILT, *_PROBLEMS):  # text from files is never markup
                bar.console.print(Text(_line(event)), highlight=False)

        yield on_event


def _line(event: ProgressEvent) -> str:
    if event.stage in _PROBLEMS:
        return f"{event.stage.value} {event.path}: {event.detail}"
    return f"{event.stage.value} {event.path}" + (f" ({event.detail})" if event.detail else "")


def _plain(event: ProgressEvent) -> None:
    if event.stage in _PROBLEMS:
        click.echo(_line(event), err=True)
    elif event.stage in _FINAL:
        say(_line(event))
