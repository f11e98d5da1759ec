"""Briefing ids are unique across a workspace: two files with one id would overwrite each
other's outputs. Checked on every build, for the briefings built and those up to date."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from briefings.errors import Issue, ValidationFailed

if TYPE_CHECKING:
    from briefings.load.yaml import LoadedBriefing


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
