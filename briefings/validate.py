"""The validate stage: find briefing files, load each, check each, collect every Issue.

Nothing here imports the renderer: ``briefings validate`` stays fast and never touches
WeasyPrint.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from .checks import check_briefing
from .errors import Issue, ValidationFailed
from .loader import LoadedBriefing, load_briefing

BRIEFING_SUFFIXES = (".yaml", ".yml")
DEFAULT_FOLDER = Path("seeds")


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
    loaded = load_briefing(path)
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
    _check_unique_ids(loaded)
    return loaded, [issue for issue in issues if not issue.is_error]


def _check_unique_ids(loaded: list[LoadedBriefing]) -> None:
    """Two briefing files with the same id would overwrite each other's output."""
    seen: dict[str, Path] = {}
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
