"""Reading articles within a time budget.

trafilatura on hostile HTML (deeply nested markup, enormous tables) can run for minutes, and
an e-mail's body may be such HTML, so HTML pages and e-mails are read in a worker process that
is stopped when one article overruns its budget (``extract_seconds`` in ``[[inputs]]``). The
worker is a :class:`pebble.ProcessPool` of one process, started on the first article that needs
it and reused for the next ones (its start costs once per run; an article then costs only the
trip of its bytes to the worker and of the article back), replaced when a budget is overrun.
It starts clean (``spawn``: never a fork of a process that has threads), ignores Ctrl-C (the
run stops it) and its address space is capped, so a page that balloons fails alone.

Drafting an article into its briefing (quote extraction, :func:`briefings.drafting.merge.merge_into`)
runs in the same worker within the same budget (:meth:`Extractor.call`): it reads files and
returns the edited tree, writes nothing, so stopping it midway leaves nothing half done.

An overrun is a problem of that article only, and a passing one (a busy machine can cause it):
the article is reported and tried again on the next run; the other articles go on. An
extractor that fails or a worker that dies is a problem of that article, not retried.
"""

from __future__ import annotations

import contextlib
import importlib
import multiprocessing
import resource
import signal
from collections.abc import Callable
from concurrent.futures import TimeoutError as TaskTimeout
from typing import Any

from pebble import ProcessExpired, ProcessPool

from briefings.constants import DEFAULT_MEMORY_BUDGET
from briefings.ingest.article import Article, ArticleProblem

#: what the worker loads as it starts, before any article's budget runs: trafilatura (~0.5 s)
#: and drafting (pysbd, the word lists)
WORKER_MODULES = ("trafilatura", "briefings.drafting.merge")


def _start_worker(memory_budget: int) -> None:
    """In the worker: Ctrl-C is the run's to handle; memory is capped; trafilatura is imported
    before any article, so its import (~0.5 s) never counts against an article's budget (the
    budget runs from the moment the worker takes the article)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    with contextlib.suppress(ValueError, OSError):
        limit = memory_budget * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    for module in WORKER_MODULES:
        importlib.import_module(module)


class Extractor:
    """Reads articles in a worker, each within its budget. Use as a context manager: leaving
    it stops the worker."""

    def __init__(self, memory_budget: int = DEFAULT_MEMORY_BUDGET):
        self.memory_budget = memory_budget
        self._pool: Any = None

    def __enter__(self) -> Extractor:
        return self

    def __exit__(self, kind: object, error: object, tb: object) -> None:
        if self._pool is not None:
            self._pool.stop()
            self._pool.join()
            self._pool = None

    def _workers(self) -> Any:
        if self._pool is None:
            self._pool = ProcessPool(max_workers=1, initializer=_start_worker, initargs=(self.memory_budget,),
                                     context=multiprocessing.get_context("spawn"))
        return self._pool

    def read(self, reader: Callable[..., Article], origin: str, data: bytes, budget: float,
             url: str | None = None) -> Article:
        """``reader(origin, data[, url=url])`` in the worker; an ArticleProblem if it fails or
        takes longer than ``budget`` seconds."""
        kwargs = {"url": url} if url is not None else {}
        try:
            article: Article = self.call(reader, (origin, data), budget, origin, "reading the article", **kwargs)
        except ArticleProblem:
            raise
        except Exception as error:
            raise ArticleProblem(f"{origin}: the text extractor failed ({type(error).__name__}: {error}); "
                                 "skipped") from None
        return article

    def call(self, function: Callable[..., Any], args: tuple[Any, ...], budget: float, origin: str,
             doing: str, budget_name: str = "extract_seconds", **kwargs: Any) -> Any:
        """``function(*args, **kwargs)`` in the worker (messages start with ``origin``, if not
        empty). Over ``budget`` seconds: a passing
        ArticleProblem (tried again next run); the worker dead: a permanent one; an
        ArticleProblem raised inside: itself; anything else it raises: raised here."""
        future = self._workers().schedule(function, args=args, kwargs=kwargs, timeout=budget)
        where = f"{origin}: " if origin else ""
        try:
            return future.result()
        except ArticleProblem as problem:
            raise ArticleProblem(str(problem)) from None
        except TaskTimeout:
            raise ArticleProblem(f"{where}{doing} took longer than its budget of {budget:g} s "
                                 f"({budget_name}); skipped, tried again next run", permanent=False) from None
        except Exception as error:
            if isinstance(error, ProcessExpired):
                raise ArticleProblem(f"{where}the reading process ended (exit code {error.exitcode}); "
                                     f"skipped ({doing})") from None
            raise
