"""Which briefing files a list of paths names: folders expand to the YAML files they hold.

A workspace may be shared, so what it holds is not trusted to stay in it: a file or folder
inside the workspace that is a symbolic link leading out of it is reported, never read (a
planted ``seeds/x.yaml`` pointing at another project's briefing or at a private file would
otherwise be read, and parts of it shown in error messages). What the user names outside the
workspace, without a link, is read as named. Something that is not a regular file (a FIFO
named ``x.yaml`` would block the reader) is reported as what it is. A path that does not exist
but holds ``*``, ``?`` or ``[`` is a pattern (a schedule's own ``briefings = ["seeds/*.yaml"]``).

Only pathlib and os: a no-op rebuild finds its briefings without loading the YAML parser.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from briefings.constants import BRIEFING_SUFFIXES
from briefings.errors import Issue
from briefings.filesystem.paths import kind_of_file, leaves


def find_briefings(paths: Iterable[Path | str], root: Path | None = None) -> tuple[list[Path], list[Issue]]:
    """Expand folders into the briefing files they hold (sorted); report paths that don't
    exist, are not regular files, or lead out of the workspace ``root`` (default: the
    current folder) through a symbolic link."""
    workspace = Path(os.path.abspath(root or Path.cwd()))
    found: list[Path] = []
    problems: list[Issue] = []
    for path in _expanded(paths, problems):
        problem = _refusal(path, workspace)
        if problem:
            problems.append(Issue(path, 0, 0, "", problem))
        elif path.is_dir():
            boundary = workspace if _inside(path, workspace) else Path(os.path.abspath(path))
            for entry in sorted(p for p in path.iterdir() if p.suffix in BRIEFING_SUFFIXES):
                entry_problem = _refusal(entry, boundary)
                if entry_problem and not entry.is_dir():
                    problems.append(Issue(entry, 0, 0, "", entry_problem))
                elif entry.is_file():
                    found.append(entry)
        else:
            found.append(path)
    unique = list(dict.fromkeys(found))
    return unique, problems


def _expanded(paths: Iterable[Path | str], problems: list[Issue]) -> Iterator[Path]:
    """Each path as named, or the files a pattern matches (sorted); a pattern that matches
    nothing is a problem."""
    for raw in paths:
        path = Path(raw)
        if os.path.lexists(path) or not any(char in str(raw) for char in "*?["):
            yield path
            continue
        matches = sorted(Path(p) for p in glob.glob(str(raw)))
        if not matches:
            problems.append(Issue(path, 0, 0, "", "no file matches this pattern"))
        yield from matches


def _inside(path: Path, folder: Path) -> bool:
    return Path(os.path.abspath(path)).is_relative_to(folder)


def _refusal(path: Path, workspace: Path) -> str | None:
    """Why ``path`` is not read as a briefing (or a folder of them), or None."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return ("a symbolic link to a missing file" if path.is_symlink() else "no such file or folder")
    except OSError as error:
        return f"cannot read it: {error.strerror}"
    outside = leaves(path, workspace)
    if outside is not None:
        return (f"leads out of the workspace {workspace} through a symbolic link (to {outside}); "
                "it is not read")
    if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
        return None
    return f"is {kind_of_file(mode)}, not a regular file; it is not read"
