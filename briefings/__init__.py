"""briefings: turn validated summaries of a developing story into Markdown and PDF briefings.

The pipeline, one module per stage::

    loader   YAML → tree with positions → pydantic model          (load)
    checks   cross-references, provenance, warnings                (validate)
    render   model → Markdown → sanitised HTML page                (render)
    pdf      HTML page → PDF, reading only allowed files           (render)
    build    plan, render in child processes, write atomically     (write)

The CLI (:mod:`briefings.cli`) is a thin shell over these functions. The names below are
imported on first use, so that importing a small part of the package (the PDF worker, the
CLI's start-up) does not pay for all of it.
"""

from __future__ import annotations

import importlib

__version__ = "0.1.0"

_API = {
    "BriefingError": "errors",
    "Issue": "errors",
    "ValidationFailed": "errors",
    "load_briefing": "loader",
    "validate_paths": "validate",
    "build": "build",
    "Workspace": "build",
    "extract_quotes": "extract",
    "load_config": "config",
}

__all__ = ["__version__", *_API]


def __getattr__(name: str) -> object:
    if name in _API:
        return getattr(importlib.import_module(f".{_API[name]}", __name__), name)
    raise AttributeError(f"module 'briefings' has no attribute {name!r}")
