"""The public Python API: what ``import briefings`` offers, and what the CLI and the scheduler
call. Each function takes paths and options, returns plain results, and raises only
:class:`~briefings.errors.BriefingError` (with ``ValidationFailed`` for bad briefings) for
problems the user can fix.

    >>> import briefings
    >>> report = briefings.build(["seeds"], output="output")       # doctest: +SKIP
    >>> report.summary()                                            # doctest: +SKIP
    '1 built, 0 up to date, 0 failed in 1.2 s'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefings.building.jobs import PdfOptions
from briefings.building.progress import Progress
from briefings.building.workspace import Workspace
from briefings.constants import DEFAULT_BRIEFINGS_FOLDER
from briefings.errors import Issue
from briefings.load.toml import load_config
from briefings.review.items import items
from briefings.schema.briefing import Briefing
from briefings.schema.config import Config
from briefings.validation.run import load_valid_briefing, validate_paths

if TYPE_CHECKING:  # the build stage loads when a build is asked for, not for validate
    from briefings.building.run import BuildReport
    from briefings.extract import Quote


@dataclass(frozen=True)
class Validation:
    """The result of :func:`validate`: every valid briefing, and the warnings found."""

    briefings: list[Briefing]
    paths: list[Path]
    warnings: list[Issue] = field(default_factory=list)


@dataclass(frozen=True)
class DraftResult:
    """What :func:`draft` wrote: the briefing file, and what it added (counts by kind)."""

    path: Path
    added: dict[str, int]


def load_briefing(path: Path | str) -> Briefing:
    """Load one briefing file and run every check on it (schema, references, provenance).

    Raises ValidationFailed with every error found, each with its file, line and field.
    """
    return load_valid_briefing(path)


def validate(paths: Sequence[Path | str] = (), *, strict: bool = False,
             config: Path | str | None = None) -> Validation:
    """Validate briefing files and folders; with no paths, those the workspace config names.

    Raises ValidationFailed listing every error of every file (and the warnings, when
    ``strict``); returns the valid briefings and their warnings otherwise.
    """
    targets: Sequence[Path | str] = list(paths)
    root = None
    if not targets:  # the configuration's briefings, confined to its folder
        workspace = load_config(Path(config) if config else None)
        targets, root = workspace_briefings(workspace), workspace.root
    loaded, warnings = validate_paths(targets, strict=strict, root=root)
    return Validation([item.briefing for item in loaded if item.briefing is not None],
                      [item.path for item in loaded], warnings)


def workspace_briefings(config: Config) -> list[Path]:
    """The briefing files a configuration names (its globs), else its ``seeds/`` folder."""
    return list(config.briefing_files()) or [config.root / DEFAULT_BRIEFINGS_FOLDER]


def build(paths: Sequence[Path | str] = (), *, output: Path | str | None = None,
          workspace: Workspace | None = None, formats: Sequence[str] | None = None,
          strict: bool = False, force: bool = False, workers: int = 0,
          wait_for_lock: bool = True, pdf: PdfOptions | None = None,
          progress: Progress | None = None, now: dt.datetime | None = None) -> BuildReport:
    """Build briefings into Markdown, PDF and/or HTML.

    ``paths`` are briefing files or folders (default: ``seeds/``). ``workspace`` gives the
    template, asset and output folders (default: the current folder, ``output/``); ``output``
    overrides the output folder. An invalid briefing is not built and is listed, with its
    issues, in the report's ``invalid`` (the valid ones are built); ValidationFailed (nothing
    written) when none is valid. A briefing that fails to render is listed in ``failed``.
    """
    space = workspace or Workspace.at(".", output)
    if output is not None and workspace is not None:
        space = Workspace(space.root, Path(output), space.template_dirs, space.asset_dirs)
    return _run_build(list(paths) or [space.root / DEFAULT_BRIEFINGS_FOLDER], space,
                  formats=formats or ("md", "pdf"), strict=strict, force=force, workers=workers,
                  wait_for_lock=wait_for_lock, pdf=pdf, progress=progress, now=now)


def build_workspace(config: Path | str | None = None, *, root: Path | str = ".",
                    paths: Sequence[Path | str] = (), output: Path | str | None = None,
                    formats: Sequence[str] | None = None, strict: bool = False,
                    force: bool = False, workers: int | None = None,
                    pdf_variant: str | None = None, wait_for_lock: bool = True,
                    progress: Progress | None = None) -> BuildReport:
    """Build what a workspace configuration names (``briefings.toml`` or ``pyproject.toml``
    in ``root`` when ``config`` is not given), with its formats, budgets and PDF options.
    Keyword arguments override the configuration."""
    settings_of = load_config(Path(config) if config else None, root=Path(root))
    settings = settings_of.settings
    chosen = formats or settings.formats
    workspace = Workspace.from_config(settings_of, output)
    return _run_build(
        list(paths) or workspace_briefings(settings_of),
        workspace,
        formats=chosen, strict=strict, force=force,
        workers=settings.workers if workers is None else workers,
        wait_for_lock=wait_for_lock, progress=progress,
        time_budget=settings.time_budget_seconds, memory_budget=settings.memory_budget_mib,
        pdf=PdfOptions(pdf_variant or settings.pdf_variant, settings.toc_min_pages),
    )


def _run_build(paths: Sequence[Path | str], workspace: Workspace, **options: Any) -> BuildReport:
    """The build stage, loaded here, once, for both kinds of build."""
    # start-up: the build stage ~120 ms, +11 % on validate's imports
    from briefings.building.run import build as run_build

    return run_build(paths, workspace, **options)


def extract_quotes(text: str) -> list[Quote]:
    """Every direct quotation (three words or more) in a news article, with its speaker."""
    # start-up: the extractor ~195 ms, +26 % on validate's imports
    from briefings.extract import extract_quotes as extract

    return extract(text)


def draft(article: Path | str, output: Path | str | None = None, *,
          briefing_id: str | None = None, into: Path | str | None = None,
          today: dt.date | None = None) -> DraftResult:
    """Draft a briefing from a news article (quotes, speakers, parties, candidate
    consequences), archiving the article beside it; or, with ``into``, merge the article into
    an existing briefing, keeping its text and comments. Returns the briefing file written."""
    # start-up: drafting (the extractor, pysbd, word lists) ~500 ms, +40 % on validate's imports
    from briefings.drafting import infer
    from briefings.drafting.merge import merge_into

    article = Path(article)
    if into is not None:
        result, added = merge_into(article, Path(into), today=today)
        _leave_out_rejected(result.tree, added)
        if any(added.values()):
            infer.write_draft(result, Path(into), overwrite=True)
        return DraftResult(Path(into), added)
    target = Path(output) if output else Path(f"{briefing_id or infer.slugify(article.stem, 'draft')}.yaml")
    result = infer.draft(article, target, briefing_id=briefing_id, today=today)
    infer.write_draft(result, target)
    return DraftResult(target, {"briefing": 1})


def _leave_out_rejected(tree: Any, added: dict[str, int]) -> None:
    """A candidate the analyst rejected (``briefings review --reject``, its fingerprint kept in
    the briefing's ``rejected`` list) is never merged in again, from any article."""
    rejected = {str(f) for f in tree.get("rejected", None) or []}
    for item in [item for item in items(tree) if item.rejected_by(rejected)]:
        for index, node in enumerate(item.holder):
            if node is item.node:
                item.holder.pop(index)
                plural = f"{item.kind}s" if item.kind != "party" else "parties"
                added[plural] = max(0, added.get(plural, 0) - 1)
                break
