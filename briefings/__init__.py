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

The public API is below. Its names load on first use (:pep:`562`), so that ``import briefings``
and every process that imports one stage (the CLI before a command is chosen, a render worker)
pays for that stage only; the names are listed once, in ``_PUBLIC``, and typed for checkers
under ``TYPE_CHECKING``. The subpackages are nouns (``building``, ``validation``, ``drafting``),
so no submodule can shadow the verbs ``build``, ``validate`` and ``draft``.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING, Any

from briefings.constants import VERSION as __version__

if TYPE_CHECKING:
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
    from briefings.building.progress import ProgressEvent, Stage
    from briefings.building.run import BuildReport
    from briefings.building.workspace import Workspace
    from briefings.errors import BriefingError, Issue, Severity, ValidationFailed
    from briefings.load.toml import load_config
    from briefings.schema.briefing import Briefing

#: public name → the module that defines it (the same names as ``__all__``; a test checks it)
_PUBLIC = {
    "Briefing": "briefings.schema.briefing",
    "BriefingError": "briefings.errors",
    "BuildReport": "briefings.building.run",
    "DraftResult": "briefings.api",
    "Issue": "briefings.errors",
    "PdfOptions": "briefings.building.jobs",
    "ProgressEvent": "briefings.building.progress",
    "Severity": "briefings.errors",
    "Stage": "briefings.building.progress",
    "Validation": "briefings.api",
    "ValidationFailed": "briefings.errors",
    "Workspace": "briefings.building.workspace",
    "build": "briefings.api",
    "build_workspace": "briefings.api",
    "draft": "briefings.api",
    "extract_quotes": "briefings.api",
    "load_briefing": "briefings.api",
    "load_config": "briefings.load.toml",
    "validate": "briefings.api",
    "workspace_briefings": "briefings.api",
}

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


def __getattr__(name: str) -> Any:
    """Load a public name from its module on first use, then keep it here; a submodule
    (``briefings.errors``) loads as an eager package root would have had it."""
    module = _PUBLIC.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
    elif importlib.util.find_spec(f"briefings.{name}") is not None:
        value = importlib.import_module(f"briefings.{name}")
    else:
        raise AttributeError(f"module 'briefings' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted({*__all__, "__doc__", "__file__", "__name__", "__path__"})
