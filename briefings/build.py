"""The write stage: validate, render each briefing, write its outputs atomically.

A build reads as a list of stages::

    validate  every briefing, every error reported at once; nothing is written on an error
    lock      the output folder, so two builds never interleave their writes
    render    each briefing to Markdown (and HTML → PDF), all in memory
    write     each output through a temporary file and os.replace

One briefing that fails to render does not stop the others; the report lists what failed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from .errors import BriefingError, Issue, OutputProblem
from .fsio import atomic_write, remove_stale_temp_files
from .loader import LoadedBriefing
from .validate import validate_paths

FORMATS = ("md", "pdf", "html")
DEFAULT_FORMATS = ("md", "pdf")
LOCK_NAME = ".briefings.lock"


@dataclass(frozen=True)
class Workspace:
    """Where a build looks for user templates and assets, and where it writes.

    Relative paths inside a briefing resolve against the briefing file, not against this.
    """

    root: Path
    output_dir: Path

    @classmethod
    def at(cls, root: Path | str = ".", output_dir: Path | str | None = None) -> Workspace:
        root = Path(root)
        return cls(root=root, output_dir=Path(output_dir) if output_dir else root / "output")

    @property
    def template_dirs(self) -> list[Path]:
        """User template folders, searched before the packaged defaults."""
        return [self.root / "templates"]

    @property
    def asset_dirs(self) -> list[Path]:
        """Folders the renderer may read images, fonts and stylesheets from."""
        return [self.root / "assets"]


@dataclass
class BuildReport:
    """What a build did: files written, briefings that failed, warnings found."""

    written: list[Path] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    warnings: list[Issue] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def build(
    paths: Sequence[Path | str],
    workspace: Workspace,
    *,
    formats: Sequence[str] = DEFAULT_FORMATS,
    strict: bool = False,
    wait_for_lock: bool = True,
) -> BuildReport:
    """Build every briefing under ``paths`` into ``workspace.output_dir``.

    Raises ValidationFailed (nothing written) when any briefing is invalid; otherwise returns a
    report, in which briefings that failed to render are listed with the reason.
    """
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise BriefingError(f"unknown output format(s): {', '.join(unknown)} (known: {', '.join(FORMATS)})")

    # validate: every problem of every file at once; raises before anything is written
    loaded, warnings = validate_paths(paths, strict=strict)
    report = BuildReport(warnings=warnings)

    # lock: one build at a time per output folder
    output_dir = workspace.output_dir
    try:
        output_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputProblem(f"{output_dir}: cannot create the output folder: {error.strerror}") from None
    lock = FileLock(str(output_dir / LOCK_NAME), timeout=-1 if wait_for_lock else 0)
    try:
        with lock:
            remove_stale_temp_files(output_dir)
            # render + write: each briefing on its own, so one failure does not stop the rest
            for item in loaded:
                _build_one(item, workspace, formats, report)
    except Timeout:
        raise BriefingError(f"{output_dir}: another build is writing here; try again later") from None
    return report


def _build_one(
    item: LoadedBriefing, workspace: Workspace, formats: Sequence[str], report: BuildReport
) -> None:
    from .render import markdown_to_html, render_markdown, render_page
    from .templates import html_environment, markdown_environment

    briefing = item.briefing
    assert briefing is not None
    try:
        outputs: dict[str, bytes] = {}
        markdown_text = render_markdown(briefing, markdown_environment(workspace.template_dirs))
        outputs["md"] = markdown_text.encode("utf-8")
        if "pdf" in formats or "html" in formats:
            env = html_environment(workspace.template_dirs)
            page = render_page(briefing, markdown_to_html(markdown_text), env)
            outputs["html"] = page.encode("utf-8")
            if "pdf" in formats:
                outputs["pdf"] = _pdf(page, workspace, f"{item.path} ({briefing.id})")
        for fmt in formats:
            target = workspace.output_dir / f"{briefing.id}.{fmt}"
            atomic_write(target, outputs[fmt])
            report.written.append(target)
    except BriefingError as error:
        report.failed[str(item.path)] = str(error)


def _pdf(page: str, workspace: Workspace, name: str) -> bytes:
    from .pdf import html_to_pdf
    from .templates import default_template_dir

    allowed = [*workspace.asset_dirs, *workspace.template_dirs, default_template_dir()]
    return html_to_pdf(page, base_dir=workspace.root, allowed_roots=allowed, name=name)
