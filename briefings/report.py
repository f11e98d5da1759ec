"""Reports for machines: what ``validate --report json`` and ``build --report json`` print.

One JSON document on stdout, whatever happened (the exit code is the same as without
``--report json``)::

    {"report": "briefings/1", "command": "build", "ok": false,
     "issues":    [{"file", "line", "column", "field", "severity", "message"}, ...],
     "briefings": [{"path", "id", "status", "outputs", "message"}, ...],
     "summary": "1 built, 0 up to date, 0 failed in 1.2 s"}

``status`` is ``valid``/``invalid`` for ``validate`` and ``built``/``skipped``/``invalid``/``failed`` for
``build``. The shape is written down as a JSON Schema in ``schemas/report.schema.json``
(:func:`schema`), which the tests hold every printed report to.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from briefings.errors import Issue

REPORT_VERSION = "briefings/1"


def schema() -> dict[str, Any]:
    """The JSON Schema of a report."""
    text = resources.files("briefings").joinpath("schemas/report.schema.json").read_text("utf-8")
    return json.loads(text)


def issue_record(issue: Issue) -> dict[str, Any]:
    """One issue as the report shows it."""
    return {"file": str(issue.path), "line": issue.line, "column": issue.column,
            "field": issue.location, "severity": issue.severity.value,
            "message": issue.message}


def briefing_record(path: Path | str, status: str, *, briefing_id: str | None = None,
                    outputs: Sequence[Path | str] = (), message: str = "") -> dict[str, Any]:
    """One briefing's line in the report."""
    return {"path": str(path), "id": briefing_id, "status": status,
            "outputs": [str(output) for output in outputs], "message": message}


def report(command: str, *, ok: bool, issues: Iterable[Issue] = (),
           briefings: Iterable[dict[str, Any]] = (), summary: str = "") -> str:
    """The whole report, serialised."""
    document = {"report": REPORT_VERSION, "command": command, "ok": ok,
                "issues": [issue_record(issue) for issue in issues],
                "briefings": list(briefings), "summary": summary}
    return json.dumps(document, ensure_ascii=False, indent=2)


def invalid_files(issues: Iterable[Issue], *, strict: bool = False) -> dict[str, str]:
    """The files with errors (or, under ``strict``, any issue) among ``issues``, each with its
    first problem."""
    failed: dict[str, str] = {}
    for issue in issues:
        if issue.is_error or strict:
            failed.setdefault(str(issue.path), str(issue))
    return failed
