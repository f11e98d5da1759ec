"""briefings: turn validated summaries of a developing story into Markdown and PDF briefings.

The package reads as the pipeline::

    schema/      pydantic models of a briefing and of the workspace configuration
    load/        YAML and TOML files → positioned trees → models
    validation/  cross-references, provenance of quotes, editorial warnings
    render/      Jinja → Markdown → sanitised HTML → PDF; figures; embedded data
    building/    plan (what is up to date), the process pool, atomic writes, editions
    extract/     direct quotes and their speakers in news articles
    drafting/    briefings drafted from articles; archived sources; skeletons
    review/      proposed material from new articles, accepted or rejected by an analyst
    ingest/      new articles from an inbox folder and RSS/Atom feeds
    deliver/     new editions by e-mail and signed webhooks
    schedule/    unattended runs (build, or ingest → build → deliver) and their exports
    serve/       the live preview in a browser
    cli/         the ``briefings`` command: options in, messages and exit codes out

The public API is below, imported explicitly; the CLI and the scheduler use it too.
"""

from __future__ import annotations

from briefings.api import (
    DraftResult,
    Validation,
    build,
    build_workspace,
    draft,
    extract_quotes,
    load_briefing,
    validate,
    workspace_briefings,
)
from briefings.building.jobs import PdfOptions
from briefings.building.run import BuildReport, ProgressEvent, Stage
from briefings.building.workspace import Workspace
from briefings.constants import VERSION as __version__
from briefings.errors import BriefingError, Issue, Severity, ValidationFailed
from briefings.load.toml import load_config
from briefings.schema.briefing import Briefing

__all__ = [
    "__version__",
    "Briefing",
    "BriefingError",
    "BuildReport",
    "DraftResult",
    "Issue",
    "PdfOptions",
    "ProgressEvent",
    "Severity",
    "Stage",
    "Validation",
    "ValidationFailed",
    "Workspace",
    "build",
    "build_workspace",
    "draft",
    "extract_quotes",
    "load_briefing",
    "load_config",
    "validate",
    "workspace_briefings",
]
