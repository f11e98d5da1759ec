"""The validate stage: find briefing files, load each, check each, collect every Issue.

Nothing here imports the renderer: ``briefings validate`` stays fast and never touches
WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefings.constants import BRIEFING_SUFFIXES
from briefings.errors import Issue, ValidationFailed
from briefings.load.yaml import LoadedBriefing, load_briefing_file
from briefings.validation.references import check_briefing


def find_briefings(paths: Iterable[Path | str]) -> tuple[list[Path], list[Issue]]:
    """Expand folders into the briefing files they hold (sorted); report paths that don't exist."""
    found: list[Path] = []
    problems: list[Issue] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(
                sorted(p for p in path.iterdir() if p.suffix in BRIEFING_SUFFIXES and p.is_file())
            )
        elif path.is_file():
            found.append(path)
        else:
            problems.append(Issue(path, 0, 0, "", "no such file or folder"))
    unique = list(dict.fromkeys(found))
    return unique, problems


def validate_file(path: Path | str) -> LoadedBriefing:
    """Load one briefing and run every check on it; all problems end up in ``.issues``."""
    loaded = load_briefing_file(path)
    loaded.issues.extend(check_briefing(loaded))
    loaded.issues.sort(key=lambda issue: (not issue.is_error, issue.line, issue.column))
    return loaded


def validate_paths(
    paths: Iterable[Path | str], *, strict: bool = False
) -> tuple[list[LoadedBriefing], list[Issue]]:
    """Validate every briefing under ``paths``.

    Returns the loaded briefings and the warnings. Raises :class:`ValidationFailed` with every
    error of every file (and every warning, under ``strict``) if there is anything to fix.
    """
    files, problems = find_briefings(paths)
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


def check_unique_ids(loaded: list[LoadedBriefing], others: dict[Path, str] | None = None) -> None:
    """Two briefing files with the same id would overwrite each other's output.

    ``others`` are briefings not loaded this time (up to date), with the id they were built as.
    """
    seen: dict[str, Path] = {briefing_id: path for path, briefing_id in (others or {}).items()
                             if briefing_id}
    clashes: list[Issue] = []
    for item in loaded:
        assert item.briefing is not None
        first = seen.setdefault(item.briefing.id, item.path)
        if first != item.path:
            clashes.append(
                item.issue(("id",), f"briefing id '{item.briefing.id}' is also used by {first}")
            )
    if clashes:
        raise ValidationFailed(clashes)
