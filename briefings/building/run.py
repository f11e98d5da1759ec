"""The build: plan, validate, render in the pool, write atomically.

A build reads as a list of stages::

    lock      the output folder, so two builds never interleave their writes
    clean     temporary files a killed build left behind
    plan      skip every briefing whose inputs hash as they did when its outputs were written
    start     the render workers, so WeasyPrint loads in them while the build validates
    validate  every briefing to build, and the ids of all of them; an invalid one is not built
    render    text (here from the packaged templates, else in a worker) and PDF layout (always
              in a worker), with time and memory budgets
    write     each output atomically; keep the previous edition when the content changed

One briefing that is invalid or fails to render does not stop the others; the report lists
them, and each briefing's files are in place when its "built" event is sent.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from concurrent.futures import as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from briefings.building import collector
from briefings.building.early_pool import render_pool, worker_count
from briefings.building.editions import as_edition, changes_for, write_outputs
from briefings.building.jobs import (
    Job,
    PdfOptions,
    RenderedText,
    assemble,
    layout_task,
    packaged_templates_only,
    render_job,
    render_text,
)
from briefings.building.layout import lay_out
from briefings.building.plan import State, environment_hash, source_deps
from briefings.building.pool import (
    WORKER_START_MESSAGE,
    Budgets,
    Failure,
    Outcome,
    RenderPool,
    run_caught,
)
from briefings.building.progress import Progress, ProgressEvent, Stage
from briefings.building.workspace import Workspace
from briefings.constants import (
    DEFAULT_FORMATS,
    DEFAULT_MEMORY_BUDGET,
    DEFAULT_TIME_BUDGET,
    EDITIONS_DIR,
    FORMATS,
    LOCK_NAME,  # noqa: F401 - tests import it from here
    MAX_SOURCE_BYTES,
    PDF_VARIANTS,
    STATE_DIR,
    OutputFormat,
)
from briefings.errors import BriefingError, Issue, OutputProblem, ValidationFailed
from briefings.filesystem.paths import read_confined
from briefings.filesystem.writing import lock_output, remove_stale_temp_files
from briefings.load.discover import find_briefings
from briefings.validation.ids import check_unique_ids
from briefings.validation.run import validate_each, validate_paths

if TYPE_CHECKING:
    from briefings.load.yaml import LoadedBriefing

#: pages laid out or waiting, per worker, when the build renders the texts itself: it renders
#: the next text when the page that many places back is done, not all texts at once ahead of
#: the workers (whose core it would take)
IN_FLIGHT = 2
#: what the render stage calls with each job's number and outcome as soon as it is known
_Finish = Callable[[int, "Outcome[dict[str, bytes]]"], None]
#: a job's outcome, when asked (waiting for its worker)
_Pending = Callable[[], "Outcome[dict[str, bytes]]"]


@dataclass
class _Head:
    """The head start of a batch (:meth:`_Build._head_start`): how many of its first briefs
    were validated, their validation (valid, invalid, warnings), and for each valid one its
    job and its page's outcome, in order."""

    count: int = 0
    validated: tuple[list[LoadedBriefing], list[LoadedBriefing], list[Issue]] = field(
        default_factory=lambda: ([], [], []))
    jobs: list[tuple[Job, LoadedBriefing, _Pending]] = field(default_factory=list)

    def job(self, item: LoadedBriefing) -> tuple[Job, LoadedBriefing] | None:
        """``item``'s job, if the head start made it."""
        return next(((job, made) for job, made, _ in self.jobs if made is item), None)


@dataclass
class BuildReport:
    """What a build did: briefings built, skipped and failed, files written, warnings."""

    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    invalid: dict[str, list[Issue]] = field(default_factory=dict)  # not built: every issue
    internal_errors: list[Failure] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    editions: list[Path] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed and not self.invalid

    def summary(self) -> str:
        if not self.built and not self.failed and not self.invalid:
            return f"nothing to build: {len(self.skipped)} briefing(s) up to date"
        invalid = f", {len(self.invalid)} invalid" if self.invalid else ""
        return (f"{len(self.built)} built, {len(self.skipped)} up to date, "
                f"{len(self.failed)} failed{invalid} in {self.seconds:.1f} s")


@dataclass(frozen=True)
class BuildOptions:
    """Everything about a build that is not its inputs."""

    formats: tuple[OutputFormat, ...] = DEFAULT_FORMATS
    strict: bool = False
    force: bool = False
    workers: int = 0
    time_budget: float = DEFAULT_TIME_BUDGET
    memory_budget: int = DEFAULT_MEMORY_BUDGET
    pdf: PdfOptions = field(default_factory=PdfOptions)


def build(
    paths: Sequence[Path | str],
    workspace: Workspace,
    *,
    formats: Sequence[str] = DEFAULT_FORMATS,
    strict: bool = False,
    wait_for_lock: bool = True,
    force: bool = False,
    workers: int = 0,
    progress: Progress | None = None,
    now: dt.datetime | None = None,
    time_budget: float | None = None,
    memory_budget: int | None = None,
    pdf: PdfOptions | None = None,
) -> BuildReport:
    """Build every briefing under ``paths`` into ``workspace.output_dir``.

    An invalid briefing is not built, and the others are: the report lists it in ``invalid``
    with its issues (and those that failed to render in ``failed``). Raises
    :class:`~briefings.errors.ValidationFailed` (nothing written) when no briefing named is
    valid, or when two of them have one id.
    """
    _refuse_while_a_worker_starts()
    started = time.perf_counter()
    options = BuildOptions(_check_formats(formats), strict, force, workers,
                           time_budget or DEFAULT_TIME_BUDGET,
                           memory_budget or DEFAULT_MEMORY_BUDGET, pdf or PdfOptions())
    if options.pdf.variant not in PDF_VARIANTS:
        raise BriefingError(f"unknown PDF variant '{options.pdf.variant}' "
                            f"(known: {', '.join(PDF_VARIANTS)})")
    output_dir = workspace.output_dir
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputProblem(f"{output_dir}: cannot create the output folder: "
                            f"{error.strerror}") from None
    lock = lock_output(output_dir, wait=wait_for_lock)
    try:
        for folder in (output_dir, output_dir / STATE_DIR, output_dir / STATE_DIR / EDITIONS_DIR):
            remove_stale_temp_files(folder)
        report = BuildReport()
        _Build(workspace, options, progress or (lambda event: None),
               now or dt.datetime.now(dt.UTC), report).run(paths)
    finally:
        lock.release()
    report.seconds = time.perf_counter() - started
    return report


def _refuse_while_a_worker_starts() -> None:
    """A script that calls the build without ``if __name__ == "__main__":`` runs again in every
    render worker as it starts (multiprocessing's rule for its ``forkserver`` and ``spawn``
    start methods); there its build would wait for ever on the output lock the parent holds.
    Refuse at once instead, as multiprocessing itself refuses to start a process then."""
    if getattr(multiprocessing.current_process(), "_inheriting", False):
        raise BriefingError(WORKER_START_MESSAGE)


def _check_formats(formats: Sequence[str]) -> tuple[OutputFormat, ...]:
    chosen = tuple(dict.fromkeys(formats))
    unknown = sorted(set(chosen) - set(FORMATS))
    if unknown:
        raise BriefingError(f"unknown output format(s): {', '.join(unknown)} "
                            f"(known: {', '.join(FORMATS)})")
    if not chosen:
        raise BriefingError("no output format given")
    return chosen  # type: ignore[return-value]  # checked against FORMATS just above


@dataclass
class _Build:
    """One build's state while it runs (the lock is held)."""

    workspace: Workspace
    options: BuildOptions
    notify: Progress
    now: dt.datetime
    report: BuildReport
    done: int = 0
    total: int = 0

    def run(self, paths: Sequence[Path | str]) -> None:
        files, problems = find_briefings(paths)
        if problems or not files:
            validate_paths(paths, strict=self.options.strict)  # raises, naming every missing path
        self.total = len(files)
        state = State(self.workspace.output_dir, self.options.formats)
        variant = self.options.pdf
        # not the formats: each output is up to date on its own (md after an html-only build)
        env = environment_hash(self.workspace, (variant.variant, f"toc{variant.toc_min_pages}"))
        todo = [path for path in files
                if self.options.force or not state.is_current(path, env, self.workspace.output_dir)]
        # read once a build: where the texts render, and what the workers load, must agree
        text_here = not (bool(todo) and self.workspace.has_own_templates())
        skipped = [path for path in files if path not in todo]
        with contextlib.ExitStack() as stack:
            pool = self._start_pool(len(todo), text_here)
            if pool is not None:  # started now: WeasyPrint loads in the workers meanwhile
                stack.enter_context(pool)
            collector.loaded()  # the command's start, which it loaded with the collector off
            head = self._head_start(todo, pool, state)
            loaded = self._validate(todo, skipped, head)
            self._settle(loaded, skipped, state, head)
            if not loaded:
                _checked(state)
                return  # nothing (valid) to build
            jobs = [head.job(item) or self._job(item, state) for item in loaded]

            def finish(number: int, outcome: Outcome[dict[str, bytes]]) -> None:
                job, item = jobs[number]
                self._write(item, job, outcome, state, env)  # its files in place, then its event
            self._render([job for job, _ in jobs], pool, finish, [got for *_, got in head.jobs])
        state.save()

    def _head_start(self, todo: list[Path], pool: RenderPool | None, state: State) -> _Head:
        """The first valid briefs of a batch, one per worker, validated one by one, each page
        handed to a worker as soon as it is ready, before the others are validated: the
        workers, started as the command began, are ready about when the first page is, and
        would otherwise wait for the validation of every brief (12 ms of CPU each). With the
        first page alone, the second worker waited so, then ended its share of equal briefs
        that much after the first (20 briefs on two workers: 0.2–0.25 s of a core idle at the
        start, and at the end). Their files are written, as every brief's, only once every
        brief's id is known to be its own (:meth:`_settle`); a clash stops the pool, their
        pages unused."""
        head = _Head()
        if pool is None or pool.text_in_workers or len(todo) < 2:
            return head
        while head.count < len(todo) and len(head.jobs) < pool.budgets.workers:
            valid, invalid, warnings = validate_each(todo[head.count:head.count + 1],
                                                     strict=self.options.strict)
            head.count += 1
            head.validated[0].extend(valid)
            head.validated[1].extend(invalid)
            head.validated[2].extend(warnings)
            for item in valid:
                item.briefing = item.briefing.published() if item.briefing else None
                job, _ = self._job(item, state)
                head.jobs.append((job, item, self._layout_in(pool, job)))
        return head

    def _settle(self, loaded: list[LoadedBriefing], skipped: list[Path], state: State,
                head: _Head) -> None:
        """Ids checked across every briefing, built or up to date (two files with one id would
        overwrite each other's outputs); what readers see is accepted material only (proposed
        items await review; the head start's brief is so already); the briefings up to date
        reported as such."""
        check_unique_ids(loaded, {path: _recorded_id(state, path) for path in skipped})
        for item in loaded:
            if head.job(item) is None:
                item.briefing = item.briefing.published() if item.briefing else None
        for path in skipped:
            self.report.skipped.append(str(path))
            self._event(Stage.SKIPPED, path, "up to date", finished=True)

    def _start_pool(self, briefs: int, text_here: bool) -> RenderPool | None:
        """The render workers, if anything needs them: a PDF's layout, or text from templates
        of the workspace's own. As many as there are cores, or briefs if fewer; those the
        command started as it began, if it did (see :func:`render_pool`)."""
        if not briefs or (text_here and "pdf" not in self.options.formats):
            return None
        budgets = Budgets(worker_count(self.options.workers, briefs), self.options.time_budget,
                          self.options.memory_budget)
        return render_pool(budgets, text_in_workers=not text_here)

    def _validate(self, todo: list[Path], skipped: list[Path], head: _Head) -> list[LoadedBriefing]:
        """The valid briefings of ``todo`` (the first ``head.count`` validated already by the
        head start); the invalid ones are reported and not built, unless none is valid at all
        (then nothing is built and ValidationFailed says why)."""
        if not todo:
            return []
        first, invalid_first, warnings_first = head.validated
        loaded, invalid, warnings = validate_each(todo[head.count:], strict=self.options.strict)
        loaded, invalid = first + loaded, invalid_first + invalid
        self.report.warnings = warnings_first + warnings
        if invalid and not loaded and not skipped:
            raise ValidationFailed([issue for item in invalid for issue in item.issues])
        for item in invalid:
            self.report.invalid[str(item.path)] = item.issues
            errors = sum(1 for issue in item.issues if issue.is_error or self.options.strict)
            self._event(Stage.INVALID, item.path, f"{errors} error(s); not built", finished=True)
        return loaded

    def _event(self, stage: Stage, path: Path, detail: str = "", finished: bool = False) -> None:
        self.done += finished
        self.notify(ProgressEvent(stage, path, self.done, self.total, detail))

    def _job(self, item: LoadedBriefing, state: State) -> tuple[Job, LoadedBriefing]:
        assert item.briefing is not None
        previous = state.edition(item.briefing.id)
        changes, since = changes_for(previous, item.briefing.model_dump(mode="json"), self.now)
        briefing = as_edition(item.briefing, previous, self.now)  # dated; marked while a draft
        attachments: tuple[tuple[str, bytes], ...] = ()
        if "pdf" in self.options.formats and self.options.pdf.variant.startswith("pdf/a"):
            attachments = ((item.path.name, item.path.read_bytes()),
                           *((s.text, read_confined(item.folder, s.text, MAX_SOURCE_BYTES))
                             for s in briefing.sources))
        job = Job(f"{item.path} ({briefing.id})", briefing, tuple(changes), since,
                  self.options.formats, self.workspace, self.options.pdf, attachments)
        return job, item

    def _render(self, jobs: list[Job], pool: RenderPool | None, finish: _Finish,
                started: Sequence[_Pending] = ()) -> None:
        """Every job: without a pool, its text here; else in the pool, as many at once as there
        are workers, or — the text of a brief from the packaged templates — its text here and
        only its layout in the pool (``started``: the outcomes of the first jobs' pages, handed
        over already by the head start). Each outcome goes to ``finish`` as soon as it is known,
        so progress moves and files land one briefing at a time."""
        if pool is None:
            for number, job in enumerate(jobs):
                finish(number, self._text_here(job))
            return
        if pool.text_in_workers:
            futures = {pool.submit(render_job, job, job.name): number for number, job in enumerate(jobs)}
            for job in jobs:
                self._event(Stage.RENDERING, Path(job.name.split(" (")[0]))
            for future in as_completed(futures):
                finish(futures[future], future.result())
            return
        in_flight = IN_FLIGHT * pool.budgets.workers
        pending: list[_Pending] = []
        for number, job in enumerate(jobs):
            self._event(Stage.RENDERING, Path(job.name.split(" (")[0]))
            if number >= in_flight:  # render a text only as a worker comes free
                head = number - in_flight
                finish(head, pending[head]())
            pending.append(started[number] if number < len(started) else self._layout_in(pool, job))
        for head in range(max(0, len(jobs) - in_flight), len(jobs)):
            finish(head, pending[head]())

    def _text_here(self, job: Job) -> Outcome[dict[str, bytes]]:
        self._event(Stage.RENDERING, Path(job.name.split(" (")[0]))
        text = run_caught(render_text, packaged_templates_only(job), job.name)
        if text.value is None:
            return Outcome(failure=text.failure)
        return Outcome(assemble(job, text.value, None))

    def _layout_in(self, pool: RenderPool, job: Job) -> _Pending:
        """Render ``job``'s text here and send its page to the pool; the outcome, when asked."""
        text = run_caught(render_text, packaged_templates_only(job), job.name)
        if text.value is None:
            failed: Outcome[dict[str, bytes]] = Outcome(failure=text.failure)
            return lambda: failed
        task = layout_task(job, text.value, fonts_folder=pool.fonts_folder)  # packaged templates
        future = pool.submit(lay_out, task, job.name)

        @functools.cache  # asked once to wait for a free worker, once more for the result
        def outcome(rendered: RenderedText = text.value) -> Outcome[dict[str, bytes]]:
            laid_out = future.result()
            if laid_out.value is None:
                return Outcome(failure=laid_out.failure)
            return Outcome(assemble(job, rendered, laid_out.value))
        return outcome

    def _write(self, item: LoadedBriefing, job: Job, outcome: Outcome[dict[str, bytes]],
               state: State, env: str) -> None:
        path = item.path
        if outcome.failure is not None or outcome.value is None:
            failure = outcome.failure or Failure(f"{job.name}: rendering failed", internal=True)
            if failure.internal:
                self.report.internal_errors.append(failure)
            self._fail(path, failure.message)
            return
        assert item.briefing is not None
        deps = source_deps(item.folder, [s.text for s in item.briefing.sources])
        try:
            write_outputs(item.briefing, job.workspace.output_dir, outcome.value, state, env, deps,
                          item.path, self.now, self.report)
        except BriefingError as failure:
            self._fail(path, str(failure))
            return
        self.report.built.append(str(path))
        self._event(Stage.BUILT, path, ", ".join(job.formats), finished=True)

    def _fail(self, path: Path, message: str) -> None:
        self.report.failed[str(path)] = message
        self._event(Stage.FAILED, path, message, finished=True)


def _checked(state: State) -> None:
    """Date the manifest of a build that wrote nothing, as if it had been written: the command
    starts its workers before the build has planned when a briefing named is newer than the
    manifest (:mod:`briefings.cli.early`), and a briefing saved unchanged would otherwise make
    every later rebuild start them for nothing."""
    with contextlib.suppress(OSError):
        os.utime(state.manifest_path, follow_symlinks=False)


def _recorded_id(state: State, path: Path) -> str:
    entry = state.entry(path)
    return entry.id if entry else ""
