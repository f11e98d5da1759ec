"""Errors of `briefings`, split into the user's mistakes and ours.

The tree::

    BriefingError                 the user can fix it; shown politely, exit code 1
    ├── ValidationFailed          one or more Issues in briefing files (schema, references, ...)
    ├── TemplateProblem           a template does not parse or fails while rendering
    ├── ResourceRefused           a document asked the renderer to read something outside the
    │                             allowed asset folders
    ├── OutputProblem             an output file cannot be written (permissions, disk full, ...)
    ├── SystemLibraryMissing      the machine lacks a library or fonts that PDF output needs
    └── (raised by one stage, defined beside the code that raises it)
        PathRefused (filesystem/paths.py), StaleFile (review/decide.py), EditionRefused
        (render/edition.py), ArticleProblem (ingest/article.py), FeedProblem (ingest/feeds.py),
        FetchProblem (ingest/fetch.py), DeliveryProblem (deliver/secrets.py)

    InternalError                 a bug in `briefings` (not a BriefingError): exit code 3

A briefing that cannot be rendered within its budgets is not an exception: the build records it
as that briefing's failure (``BuildReport.failed``) and goes on with the others.

Anything else that escapes is a bug in `briefings` and is reported as such by the CLI.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

#: What must not reach a terminal raw: control characters (a line break in a file name starts a
#: fake line), bidirectional controls (U+202E makes "gpj.yaml" read "lmay.jpg") and invisible
#: format characters.
_UNSEEN = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]")


def visible(text: str) -> str:
    """``text`` with every character a reader could not see written out: ``[U+202E]``."""
    return _UNSEEN.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


class Severity(str, Enum):
    """How bad an Issue is: errors stop a build, warnings only do so under ``--strict``."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    """One problem in one file, at a line and column (both 1-based, 0 when unknown)."""

    path: Path | str
    line: int
    column: int
    location: str
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        # a file with no position (a path that does not exist) is named without ':0:0'
        where = f"{self.path}:{self.line}:{self.column}" if self.line else str(self.path)
        kind = "warning: " if self.severity is Severity.WARNING else ""
        loc = f"{self.location}: " if self.location else ""
        text = f"{where}: {kind}{loc}{self.message}" if where else f"{kind}{loc}{self.message}"
        return visible(text)  # one line, nothing hidden

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


class BriefingError(Exception):
    """A problem the user can fix; the CLI prints it and exits with code 1."""


class ValidationFailed(BriefingError):
    """Validation found errors (or warnings under ``--strict``); carries every Issue found."""

    def __init__(self, issues: list[Issue]):
        self.issues = list(issues)
        super().__init__("\n".join(str(issue) for issue in self.issues))


class TemplateProblem(BriefingError):
    """A Jinja template failed to parse or to render; names the template file and line."""


class ResourceRefused(BriefingError):
    """The renderer was asked to read a URL outside the allowed asset folders."""

    def __init__(self, source: str, urls: list[str]):
        self.urls = list(urls)
        listed = "\n".join(f"  refused: {url}" for url in self.urls)
        super().__init__(
            f"{source}: the document refers to resources outside the allowed asset folders; "
            f"nothing was written\n{listed}"
        )


class OutputProblem(BriefingError):
    """An output file could not be written; the previous output is left as it was."""


class SystemLibraryMissing(BriefingError):
    """The machine lacks a system library or fonts that PDF output needs; says what to install."""


class InternalError(Exception):
    """A bug in briefings, raised in a worker process; carries the worker's traceback."""

    def __init__(self, message: str, traceback: str = ""):
        self.traceback = traceback
        super().__init__(message)
