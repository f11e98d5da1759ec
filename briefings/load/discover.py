"""Which briefing files a list of paths names: folders expand to the YAML files they hold, and
a pattern that names no file itself (``seeds/*.yaml``, as a schedule passes it) to the files
it matches.

Only pathlib: a no-op rebuild finds its briefings without loading the YAML parser.
"""

from __future__ import annotations

import glob
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
        elif any(char in str(raw) for char in "*?["):  # a pattern (a schedule's own `briefings`)
            matches = sorted(Path(p) for p in glob.glob(str(raw)) if Path(p).is_file())
            found.extend(matches)
            if not matches:
                problems.append(Issue(path, 0, 0, "", "no file matches this pattern"))
        else:
            problems.append(Issue(path, 0, 0, "", "no such file or folder"))
    unique = list(dict.fromkeys(found))
    return unique, problems
