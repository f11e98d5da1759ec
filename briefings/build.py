"""The write stage: decide what to build, render in worker processes, write atomically.

A build reads as a list of stages::

    lock      the output folder, so two builds never interleave their writes
    clean     temporary files a killed build left behind
    plan      skip every briefing whose inputs (YAML, cited sources, templates, options,
              version) hash as they did when its outputs were written
    validate  the rest, every error of every file at once; nothing is written on an error
    render    Markdown and HTML here; PDF layout in child processes (one per core by default)
              forked from a server that imported WeasyPrint once, each with time and memory
              budgets
    write     each output through a temporary file and os.replace; keep the previous edition
              when the content changed, and remember what changed for the next edition

One briefing that fails to render does not stop the others; the report lists what failed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from . import __version__
from .errors import BriefingError, OutputProblem
from .fsio import atomic_write, remove_stale_temp_files

FORMATS = ("md", "pdf", "html")
DEFAULT_FORMATS = ("md", "pdf")
LOCK_NAME = ".briefings.lock"
STATE_DIR = ".briefings"
EDITIONS_DIR = "editions"

Progress = Callable[[str, str, str], None]  # (event, briefing, detail)


@dataclass(frozen=True)
class Workspace:
    """Where a build finds templates and assets and where it writes.

    Relative paths inside a briefing resolve against the briefing file, not against this.
    """

    root: Path
    output_dir: Path
    template_dirs: tuple[Path, ...] = ()
    asset_dirs: tuple[Path, ...] = ()

    @classmethod
    def at(cls, root: Path | str = ".", output_dir: Path | str | None = None) -> Workspace:
        root = Path(root)
        return cls(root=root, output_dir=Path(output_dir) if output_dir else root / "output",
                   template_dirs=(root / "templates",), asset_dirs=(root / "assets",))

    @classmethod
    def from_config(cls, config: Any, output_dir: Path | str | None = None) -> Workspace:
        settings = config.settings
        return cls(
            root=config.root,
            output_dir=Path(output_dir) if output_dir else config.resolve(settings.output),
            template_dirs=tuple(config.resolve(d) for d in settings.templates),
            asset_dirs=tuple(config.resolve(d) for d in settings.assets),
        )


@dataclass
class BuildReport:
    """What a build did: briefings built, skipped and failed, files written, warnings."""

    built: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    written: list[Path] = field(default_factory=list)
    editions: list[Path] = field(default_factory=list)
    warnings: list[Any] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        if not self.built and not self.failed:
            return f"nothing to build: {len(self.skipped)} briefing(s) up to date"
        return (f"{len(self.built)} built, {len(self.skipped)} up to date, "
                f"{len(self.failed)} failed in {self.seconds:.1f} s")


# --------------------------------------------------------------------------- hashing


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _file_sha(path: Path) -> str | None:
    try:
        return _sha(path.read_bytes())
    except OSError:
        return None


def environment_hash(workspace: Workspace, formats: Sequence[str]) -> str:
    """A hash of everything every briefing's output depends on besides its own files:
    the templates and CSS that can be used, the assets, the version and the options."""
    from .templates import default_template_dir

    digest = hashlib.sha256(f"{__version__}|{','.join(sorted(formats))}".encode())
    for folder in (*workspace.template_dirs, default_template_dir(), *workspace.asset_dirs):
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


# --------------------------------------------------------------------------- state


class State:
    """The manifest of built outputs and, per briefing, the data of its current edition."""

    def __init__(self, output_dir: Path):
        self.folder = output_dir / STATE_DIR
        self.manifest_path = self.folder / "manifest.json"
        try:
            self.manifest: dict[str, Any] = json.loads(self.manifest_path.read_text())
        except (OSError, ValueError):
            self.manifest = {}
        self.manifest.setdefault("briefings", {})

    def entry(self, path: Path) -> dict[str, Any] | None:
        return self.manifest["briefings"].get(str(path.resolve()))

    def is_current(self, path: Path, env: str, output_dir: Path) -> bool:
        entry = self.entry(path)
        if not entry or entry.get("env") != env or entry.get("yaml") != _file_sha(path):
            return False
        if any(_file_sha(Path(dep)) != sha for dep, sha in entry.get("deps", {}).items()):
            return False
        return all(_file_sha(output_dir / name) == sha for name, sha in entry.get("outputs", {}).items())

    def record(self, path: Path, env: str, deps: dict[str, str], outputs: dict[str, str],
               briefing_id: str) -> None:
        self.manifest["briefings"][str(path.resolve())] = {
            "id": briefing_id, "env": env, "yaml": _file_sha(path), "deps": deps, "outputs": outputs,
        }

    def edition(self, briefing_id: str) -> dict[str, Any] | None:
        try:
            return json.loads((self.folder / "editions" / f"{briefing_id}.json").read_text())
        except (OSError, ValueError):
            return None

    def save_edition(self, briefing_id: str, record: dict[str, Any]) -> None:
        data = json.dumps(record, sort_keys=True, ensure_ascii=False, indent=1).encode()
        atomic_write(self.folder / "editions" / f"{briefing_id}.json", data)

    def save(self) -> None:
        atomic_write(self.manifest_path, json.dumps(self.manifest, sort_keys=True, indent=1).encode())


# --------------------------------------------------------------------------- rendering jobs


@dataclass(frozen=True)
class Job:
    """One briefing to render."""

    name: str
    briefing: Any
    changes: tuple[str, ...]
    changes_since: str | None
    formats: tuple[str, ...]
    workspace: Workspace
    pdf: PdfOptions = field(default_factory=lambda: PdfOptions())
    attachments: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class PdfOptions:
    """How PDFs are made: the variant, and from how many pages on a table of contents."""

    variant: str = "pdf/ua-1"
    toc_min_pages: int = 8


def render_text(job: Job) -> dict[str, Any]:
    """Markdown, and the HTML page with and without a table of contents. Runs in a child of
    the build process (the untrusted-text part of rendering, so it has budgets too)."""
    from .render import markdown_to_html, render_markdown, render_page
    from .templates import html_environment, markdown_environment

    dirs = list(job.workspace.template_dirs)
    markdown_text = render_markdown(job.briefing, markdown_environment(dirs),
                                    changes=job.changes, changes_since=job.changes_since)
    result: dict[str, Any] = {"md": markdown_text.encode("utf-8")}
    if "pdf" in job.formats or "html" in job.formats:
        body, env = markdown_to_html(markdown_text), html_environment(dirs)
        result["html"] = render_page(job.briefing, body, env)
        if "pdf" in job.formats:
            result["html_with_contents"] = render_page(job.briefing, body, env, toc=True)
    return result


def layout_job(job: Job, text: dict[str, Any]) -> Any:
    """What the render server needs to lay out the PDF (plain data: no models)."""
    from .templates import default_template_dir
    from .workers import LayoutJob

    allowed = (*job.workspace.asset_dirs, *job.workspace.template_dirs, default_template_dir())
    return LayoutJob(job.name, text["html"], text["html_with_contents"], job.workspace.root,
                     allowed, job.briefing.as_of, job.pdf.variant, job.pdf.toc_min_pages,
                     job.attachments)


def render_job(job: Job) -> dict[str, bytes]:
    """Render one briefing to every requested format, in this process (no budgets)."""
    from .workers import lay_out

    text = render_text(job)
    outputs = {"md": text["md"]}
    if "pdf" in job.formats:
        pdf, used_contents = lay_out(layout_job(job, text))
        outputs["pdf"] = pdf
        if used_contents:
            text["html"] = text["html_with_contents"]
    if "html" in job.formats:
        outputs["html"] = text["html"].encode("utf-8")
    return {fmt: outputs[fmt] for fmt in job.formats}


# --------------------------------------------------------------------------- the build


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

    Raises ValidationFailed (nothing written) when any briefing that needs building is
    invalid; otherwise returns a report in which briefings that failed to render are listed.
    """
    started = time.perf_counter()
    formats = tuple(dict.fromkeys(formats))
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise BriefingError(f"unknown output format(s): {', '.join(unknown)} (known: {', '.join(FORMATS)})")
    if not formats:
        raise BriefingError("no output format given")
    notify = progress or (lambda *_: None)
    output_dir = workspace.output_dir
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputProblem(f"{output_dir}: cannot create the output folder: {error.strerror}") from None

    # lock: one build at a time per output folder
    lock = FileLock(str(output_dir / LOCK_NAME), timeout=-1 if wait_for_lock else 0)
    try:
        lock.acquire()
    except Timeout:
        raise BriefingError(f"{output_dir}: another build is writing here; try again later "
                            "(or leave out --no-wait to wait for it)") from None
    try:
        # clean: leftovers of a build that was killed
        for folder in (output_dir, output_dir / STATE_DIR, output_dir / STATE_DIR / "editions"):
            remove_stale_temp_files(folder)
        report = BuildReport()
        from .workers import DEFAULT_MEMORY_BUDGET, DEFAULT_TIME_BUDGET

        _build_locked(paths, workspace, formats, strict, force, workers, notify,
                      now or dt.datetime.now(dt.timezone.utc), report,
                      time_budget or DEFAULT_TIME_BUDGET, memory_budget or DEFAULT_MEMORY_BUDGET,
                      pdf or PdfOptions())
    finally:
        lock.release()
    report.seconds = time.perf_counter() - started
    return report


def _build_locked(paths: Sequence[Path | str], workspace: Workspace, formats: tuple[str, ...],
                  strict: bool, force: bool, workers: int, notify: Progress,
                  now: dt.datetime, report: BuildReport, time_budget: float,
                  memory_budget: int, pdf: PdfOptions) -> None:
    from .validate import find_briefings

    files, problems = find_briefings(paths)
    if problems or not files:
        from .validate import validate_paths

        validate_paths(paths, strict=strict)  # raises, naming every missing path
    state = State(workspace.output_dir)

    # plan: skip what has not changed
    from .pdf_variants import check_variant

    check_variant(pdf.variant)
    env = environment_hash(workspace, (*formats, pdf.variant, f"toc{pdf.toc_min_pages}"))
    todo = []
    for path in files:
        if not force and state.is_current(path, env, workspace.output_dir):
            report.skipped.append(str(path))
            notify("skipped", str(path), "up to date")
        else:
            todo.append(path)
    if not todo:
        return

    # render (early): start the render server, so its imports overlap with validation
    from .workers import default_workers, render_all, warm_up

    warm_up()

    # validate: all problems at once, before anything is written
    from .validate import validate_paths

    loaded, report.warnings = validate_paths(todo, strict=strict)

    # render: in worker processes with time and memory budgets
    jobs: list[tuple[Any, Job, dict[str, Any], dict[str, str]]] = []
    for item in loaded:
        briefing = item.briefing
        data = briefing.model_dump(mode="json")
        changes, since = _changes_for(state.edition(briefing.id), data)
        deps = {str((item.folder / s.text).resolve()): _file_sha(item.folder / s.text) or ""
                for s in briefing.sources}
        attachments: tuple[tuple[str, bytes], ...] = ()
        if "pdf" in formats and pdf.variant.startswith("pdf/a"):
            attachments = ((item.path.name, item.path.read_bytes()),
                           *((s.text, (item.folder / s.text).read_bytes()) for s in briefing.sources))
        job = Job(f"{item.path} ({briefing.id})", briefing, tuple(changes), since, formats,
                  workspace, pdf, attachments)
        jobs.append((item, job, data, deps))
        notify("rendering", str(item.path), "")
    count = min(workers or default_workers(), max(1, len(jobs)))
    results = render_all([job for _, job, _, _ in jobs], workers=count,
                         time_budget=time_budget, memory_budget=memory_budget)
    texts = [(item, job, data, deps, outputs, error)
             for (item, job, data, deps), (outputs, error) in zip(jobs, results)]

    # write: atomically, keeping the previous edition when the content changed
    for item, job, data, deps, outputs, error in texts:
        if error is not None or outputs is None:
            report.failed[str(item.path)] = error or "rendering failed"
            notify("failed", str(item.path), error or "")
            continue
        try:
            _write_outputs(item, job, data, deps, outputs, state, env, now, report)
        except BriefingError as failure:
            report.failed[str(item.path)] = str(failure)
            notify("failed", str(item.path), str(failure))
            continue
        report.built.append(str(item.path))
        notify("built", str(item.path), ", ".join(formats))
    state.save()


def _changes_for(previous: dict[str, Any] | None, data: dict[str, Any]) -> tuple[list[str], str | None]:
    """The changes to show: against the last edition, or (content unchanged) as shown before."""
    from .changes import what_changed

    if previous is None:
        return [], None
    if previous["data"] == data:
        base = previous.get("base")
        return (what_changed(base["data"], data), base["as_of"]) if base else ([], None)
    return what_changed(previous["data"], data), previous["data"].get("as_of")


def _write_outputs(item: Any, job: Job, data: dict[str, Any], deps: dict[str, str],
                   outputs: dict[str, bytes], state: State, env: str, now: dt.datetime,
                   report: BuildReport) -> None:
    briefing_id = item.briefing.id
    output_dir = job.workspace.output_dir
    previous = state.edition(briefing_id)
    new_content = previous is None or previous["data"] != data
    if previous is not None and new_content:
        report.editions.append(_keep_edition(output_dir, briefing_id, previous, job.formats))
    written: dict[str, str] = {}
    for fmt, content in outputs.items():
        target = output_dir / f"{briefing_id}.{fmt}"
        atomic_write(target, content)
        report.written.append(target)
        written[target.name] = _sha(content)
    if new_content:
        base = {"data": previous["data"], "as_of": previous["data"].get("as_of")} if previous else None
        state.save_edition(briefing_id, {"data": data, "base": base,
                                         "built_at": now.strftime("%Y%m%dT%H%M%SZ")})
    state.record(item.path, env, deps, written, briefing_id)


def _keep_edition(output_dir: Path, briefing_id: str, previous: dict[str, Any],
                  formats: Sequence[str]) -> Path:
    """Copy the current outputs to editions/<id>/<built_at>/ before they are replaced."""
    folder = output_dir / EDITIONS_DIR / briefing_id / previous.get("built_at", "earlier")
    folder.mkdir(parents=True, exist_ok=True)
    for fmt in FORMATS:
        current = output_dir / f"{briefing_id}.{fmt}"
        if current.exists():
            shutil.copy2(current, folder / current.name)
    atomic_write(folder / "briefing.json",
                 json.dumps(previous["data"], sort_keys=True, ensure_ascii=False, indent=1).encode())
    return folder
