"""The validate stage: find briefing files, load each, check each, collect every Issue.

Nothing here imports the renderer: ``briefings validate`` stays fast and never touches
WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefings.errors import Issue, ValidationFailed
from briefings.load.discover import find_briefings
from briefings.load.yaml import LoadedBriefing, load_briefing_file
from briefings.schema.briefing import Briefing
from briefings.validation.ids import check_unique_ids
from briefings.validation.references import check_briefing


def validate_file(path: Path | str) -> LoadedBriefing:
    """Load one briefing and run every check on it; all problems end up in ``.issues``."""
    loaded = load_briefing_file(path)
    loaded.issues.extend(check_briefing(loaded))
    loaded.issues.sort(key=lambda issue: (not issue.is_error, issue.line, issue.column))
    return loaded


def validate_paths(
    paths: Iterable[Path | str], *, strict: bool = False, root: Path | None = None
) -> tuple[list[LoadedBriefing], list[Issue]]:
    """Validate every briefing under ``paths`` (a link out of the workspace ``root``, default
    the current folder, is reported, not followed).

    Returns the loaded briefings and the warnings. Raises :class:`ValidationFailed` with every
    error of every file (and every warning, under ``strict``) if there is anything to fix.
    """
    files, problems = find_briefings(paths, root)
    if not files and not problems:
        problems.append(Issue(", ".join(str(p) for p in paths) or ".", 0, 0, "",
                              "no briefing files (*.yaml) found"))
    loaded = [validate_file(path) for path in files]
    issues = problems + [issue for item in loaded for issue in item.issues]
    errors = [issue for issue in issues if issue.is_error or strict]
    if errors:
        raise ValidationFailed(issues)
    check_unique_ids(loaded)
    return loaded, [issue for issue in issues if not issue.is_error]


def validate_each(paths: Iterable[Path], *, strict: bool = False
                  ) -> tuple[list[LoadedBriefing], list[LoadedBriefing], list[Issue]]:
    """Validate each briefing file on its own, for a build that goes on past an invalid one.

    Returns the valid briefings, the invalid ones (errors, or any issue under ``strict``; each
    with its issues) and the warnings of the valid ones.
    """
    valid: list[LoadedBriefing] = []
    invalid: list[LoadedBriefing] = []
    for path in paths:
        loaded = validate_file(path)
        bad = loaded.briefing is None or any(issue.is_error or strict for issue in loaded.issues)
        (invalid if bad else valid).append(loaded)
    return valid, invalid, [issue for item in valid for issue in item.issues]


def load_valid_briefing(path: Path | str) -> Briefing:
    """One briefing file, loaded and checked; ValidationFailed with every issue if it has errors."""
    loaded = validate_file(path)
    if loaded.briefing is None or any(issue.is_error for issue in loaded.issues):
        raise ValidationFailed(loaded.issues)
    return loaded.briefing
