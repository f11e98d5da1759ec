"""Which briefing files a list of paths names: folders expand to the YAML files they hold.

Only pathlib: a no-op rebuild finds its briefings without loading the YAML parser.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from briefings.constants import BRIEFING_SUFFIXES
from briefings.errors import Issue


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
