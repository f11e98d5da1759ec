"""briefings: turn validated summaries of a developing story into Markdown and PDF briefings.

The pipeline, one module per stage::

    loader   YAML → tree with positions → pydantic model          (load)
    checks   cross-references, archived sources, warnings          (validate)
    render   model → Markdown → sanitised HTML page                (render)
    pdf      HTML page → PDF, reading only allowed files           (render)
    build    plan, render and write outputs atomically             (write)

The CLI (:mod:`briefings.cli`) is a thin shell over these functions.
"""

__version__ = "0.1.0"

from .errors import BriefingError, Issue, ValidationFailed  # noqa: E402
from .loader import load_briefing  # noqa: E402
from .validate import validate_paths  # noqa: E402

__all__ = [
    "BriefingError",
    "Issue",
    "ValidationFailed",
    "__version__",
    "load_briefing",
    "validate_paths",
]
