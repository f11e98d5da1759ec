"""Find a briefing file from what a user typed: a path, or the id of a workspace briefing."""

from __future__ import annotations

from pathlib import Path

from briefings.errors import BriefingError
from briefings.load.yaml import read_yaml
from briefings.schema.config import Config


def briefing_id_of(path: Path) -> str | None:
    """The ``id:`` a briefing file declares (read cheaply, without validating the file)."""
    tree, issues = read_yaml(path)
    return None if issues or not hasattr(tree, "get") else str(tree.get("id", ""))


def locate(name: str, config: Config) -> Path:
    """``name`` as an existing file, else the workspace briefing whose id is ``name``."""
    path = Path(name)
    if path.suffix in (".yaml", ".yml") and path.is_file():
        return path
    files = config.briefing_files()
    for candidate in files:
        if candidate.stem == name or briefing_id_of(candidate) == name:
            return candidate
    known = ", ".join(sorted(p.stem for p in files)) or "none"
    raise BriefingError(f"no briefing '{name}' in the workspace (known: {known})")
