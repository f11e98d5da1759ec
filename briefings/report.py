"""Reports for machines: what ``validate --report json`` and ``build --report json`` print.

One JSON document on stdout, whatever happened (the exit code is the same as without
``--report json``)::

    {"report": "briefings/1", "command": "build", "ok": false,
     "issues":    [{"file", "line", "column", "field", "severity", "message"}, ...],
     "briefings": [{"path", "id", "status", "outputs", "message"}, ...],
     "summary": "1 built, 0 up to date, 0 failed in 1.2 s"}

``status`` is ``valid``/``invalid`` for ``validate`` and ``built``/``skipped``/``invalid``/``failed`` for
``build``. The shape is the model :class:`Report`; its JSON Schema (:func:`schema`) is written out in
``schemas/report.schema.json``, and the tests hold every printed report to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from briefings.errors import Issue

REPORT_VERSION = "briefings/1"
SCHEMA_FILE = Path(__file__).parent / "schemas" / "report.schema.json"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ReportIssue(_Strict):
    """One problem found, an error or a warning."""

    file: str
    line: int = Field(ge=0, description="1-based; 0 when unknown.")
    column: int = Field(ge=0, description="1-based; 0 when unknown.")
    field: str = Field(description="The field's path, e.g. parties[2].quotes[0].source; empty for the whole file.")
    severity: Literal["error", "warning"]
    message: str


class ReportBriefing(_Strict):
    """One briefing's line in the report."""

    path: str = Field(description="The briefing file.")
    id: str | None = Field(description="The briefing's id, when it could be read.")
    status: Literal["valid", "invalid", "built", "skipped", "failed"] = Field(
        description="validate: valid or invalid. build: built, skipped (up to date), invalid (not built: its "
        "errors are in issues; the valid briefings are built) or failed (failed to render, or not built "
        "because of another briefing's problem).")
    outputs: list[str] = Field(description="Output files of a built or up-to-date briefing.")
    message: str = Field(description="Why it failed or was not built; empty otherwise.")


class Report(_Strict):
    """What `briefings validate --report json` and `briefings build --report json` print on stdout: one
    document per run. The exit code is the same as without --report json."""

    model_config = ConfigDict(title="briefings report")

    report: Literal["briefings/1"] = Field(description="The version of this shape.")
    command: Literal["validate", "build"]
    ok: bool = Field(description="true exactly when the command exits with 0.")
    issues: list[ReportIssue] = Field(description="Every problem found, errors and warnings.")
    briefings: list[ReportBriefing]
    summary: str = Field(description="The line the command prints for people.")


def schema() -> dict[str, Any]:
    """The JSON Schema of a report, generated from :class:`Report` (``schemas/report.schema.json`` is
    this, written out for readers who do not run Python; a test keeps it current)."""
    generated = Report.model_json_schema()
    return {"$schema": "https://json-schema.org/draft/2020-12/schema",
            "$id": "https://briefings.invalid/schemas/report.schema.json", **generated}


def schema_text() -> str:
    """:func:`schema` as the file holds it."""
    return json.dumps(schema(), indent=2, ensure_ascii=False) + "\n"


def issue_record(issue: Issue) -> dict[str, Any]:
    """One issue as the report shows it."""
    record = {"file": str(issue.path), "line": issue.line, "column": issue.column, "field": issue.location,
              "severity": issue.severity.value, "message": issue.message}
    return ReportIssue.model_validate(record).model_dump()


def briefing_record(path: Path | str, status: str, *, briefing_id: str | None = None,
                    outputs: Sequence[Path | str] = (), message: str = "") -> dict[str, Any]:
    """One briefing's line in the report."""
    record = {"path": str(path), "id": briefing_id, "status": status,
              "outputs": [str(output) for output in outputs], "message": message}
    return ReportBriefing.model_validate(record).model_dump()


def report(command: str, *, ok: bool, issues: Iterable[Issue] = (),
           briefings: Iterable[dict[str, Any]] = (), summary: str = "") -> str:
    """The whole report, serialised; built through :class:`Report`, so it cannot drift from the schema."""
    document = Report.model_validate({
        "report": REPORT_VERSION, "command": command, "ok": ok,
        "issues": [issue_record(issue) for issue in issues], "briefings": list(briefings), "summary": summary})
    return json.dumps(document.model_dump(), ensure_ascii=False, indent=2)


def invalid_files(issues: Iterable[Issue], *, strict: bool = False) -> dict[str, str]:
    """The files with errors (or, under ``strict``, any issue) among ``issues``, each with its
    first problem."""
    failed: dict[str, str] = {}
    for issue in issues:
        if issue.is_error or strict:
            failed.setdefault(str(issue.path), str(issue))
    return failed
