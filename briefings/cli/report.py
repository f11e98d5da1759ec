"""``--report json`` for ``validate`` and ``build``: run the command, print one JSON document
on stdout (shape in :mod:`briefings.report`), return the exit code the text mode would give.

Messages for people still go to stderr (and ``-q`` silences them); stdout holds only the JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click

from briefings.api import build_workspace, validate, workspace_briefings
from briefings.building.plan import State
from briefings.building.run import BuildReport
from briefings.building.workspace import Workspace
from briefings.errors import BriefingError, InternalError, Issue, ValidationFailed
from briefings.load.discover import find_briefings
from briefings.load.toml import load_config
from briefings.report import briefing_record, invalid_files, report


def _general_issue(error: BriefingError) -> Issue:
    """A problem that is not in one briefing (a missing folder, a busy output folder)."""
    return Issue("", 0, 0, "", str(error))


def validate_report(paths: Sequence[Path], *, strict: bool, config_path: Path | None) -> int:
    """``validate --report json``: every file valid or invalid, every issue."""
    try:
        targets = list(paths) or workspace_briefings(load_config(config_path))
        result = validate(targets, strict=strict)
    except ValidationFailed as failure:
        failed = invalid_files(failure.issues, strict=strict)
        files, _ = find_briefings(targets)
        records = [briefing_record(path, "invalid" if str(path) in failed else "valid",
                                   message=failed.get(str(path), "")) for path in files]
        errors = sum(1 for issue in failure.issues if issue.is_error)
        click.echo(report("validate", ok=False, issues=failure.issues, briefings=records,
                          summary=f"{errors} error(s), {len(failure.issues) - errors} warning(s)"))
        return 1
    except BriefingError as error:
        click.echo(report("validate", ok=False, issues=[_general_issue(error)],
                          summary=str(error)))
        return 1
    records = [briefing_record(path, "valid", briefing_id=briefing.id)
               for path, briefing in zip(result.paths, result.briefings, strict=True)]
    click.echo(report("validate", ok=True, issues=result.warnings, briefings=records,
                      summary=f"{len(result.briefings)} briefing(s) valid, "
                              f"{len(result.warnings)} warning(s)"))
    return 0


def build_report(config_path: Path | None, *, root: Path, paths: Sequence[Path],
                 output: Path | None, **options: Any) -> int:
    """``build --report json``: each briefing built, skipped or failed, with its outputs."""
    try:
        config = load_config(config_path, root=root)
        targets = list(paths) or workspace_briefings(config)
        result = build_workspace(config_path, root=root, paths=paths, output=output, **options)
    except ValidationFailed as failure:
        failed = invalid_files(failure.issues, strict=bool(options.get("strict")))
        files, _ = find_briefings(targets)
        records = [briefing_record(path, "invalid", message=failed[str(path)])
                   if str(path) in failed else briefing_record(
                       path, "failed", message="not built: another briefing's problem stopped the build")
                   for path in files]
        click.echo(report("build", ok=False, issues=failure.issues, briefings=records,
                          summary="invalid briefings; nothing was written"))
        return 1
    except BriefingError as error:
        click.echo(report("build", ok=False, issues=[_general_issue(error)], summary=str(error)))
        return 1
    output_dir = Workspace.from_config(config, output).output_dir
    issues = [*result.warnings, *(i for problems in result.invalid.values() for i in problems)]
    click.echo(report("build", ok=result.ok, issues=issues,
                      briefings=_build_records(result, output_dir,
                                               options.get("formats") or config.settings.formats),
                      summary=result.summary()))
    if result.internal_errors:
        first = result.internal_errors[0]
        raise InternalError(first.message, first.traceback)
    return 0 if result.ok else 1


def _build_records(result: BuildReport, output_dir: Path,
                   formats: Sequence[str]) -> list[dict[str, Any]]:
    state = State(output_dir, formats)
    records = []
    for status, paths in (("built", result.built), ("skipped", result.skipped)):
        for path in paths:
            entry = state.entry(Path(path))
            records.append(briefing_record(
                path, status, briefing_id=entry.id if entry else None,
                outputs=[output_dir / name for name in sorted(entry.outputs)] if entry else []))
    records += [briefing_record(path, "failed", message=message)
                for path, message in result.failed.items()]
    records += [briefing_record(path, "invalid", message=str(next(
                    (issue for issue in issues if issue.is_error), issues[0])))
                for path, issues in result.invalid.items() if issues]
    return records
