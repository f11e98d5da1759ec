"""What a build tells a progress display as it goes: typed events, not strings to parse.

Kept apart from :mod:`briefings.building.run` so that a display (the CLI's) can be set up
without importing the build and the models behind it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Stage(str, Enum):
    """What just happened to a briefing during a build."""

    SKIPPED = "skipped"
    RENDERING = "rendering"
    BUILT = "built"
    FAILED = "failed"
    INVALID = "invalid"  # not built: the briefing has errors (listed in the build's report)


@dataclass(frozen=True)
class ProgressEvent:
    """One step of a build, for a progress display: ``done`` of ``total`` briefings finished."""

    stage: Stage
    path: Path
    done: int
    total: int
    detail: str = ""


Progress = Callable[[ProgressEvent], None]
