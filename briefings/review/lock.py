"""The lock of one briefing file, taken by everything that edits it: ``ingest`` (which drafts
new material in) and ``review`` (which accepts and rejects it). Without it a review made while
ingest runs is overwritten by ingest's next write of the file it read before.

The lock lives in the workspace's state folder (``.briefings/ingest/``), named by the briefing's
path relative to the workspace, never beside the briefing (that folder is committed).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from filelock import FileLock

from briefings.constants import STATE_DIR
from briefings.errors import OutputProblem
from briefings.filesystem.writing import take_lock

#: How long an edit waits for another one on the same briefing.
LOCK_WAIT_SECONDS = 60


def state_stem(root: Path, briefing: Path) -> str:
    """The briefing's stem, for people, and a hash of its path relative to the workspace, so
    two briefings with one file name in different folders never share state or a lock."""
    try:
        relative = briefing.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        relative = briefing.resolve().as_posix()
    return f"{briefing.stem}-{hashlib.sha256(relative.encode()).hexdigest()[:12]}"


def briefing_lock(root: Path, briefing: Path, wait: float = LOCK_WAIT_SECONDS) -> FileLock:
    """The lock of ``briefing`` in the workspace at ``root``, taken (a clear error if not). A
    briefing outside that workspace (``review path/to/x.yaml`` from elsewhere) is its own
    folder's: ingest only edits briefings inside its workspace, so it takes the same lock."""
    if not briefing.resolve().is_relative_to(root.resolve()):
        root = briefing.parent
    folder = root / STATE_DIR / "ingest"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputProblem(f"{folder}: cannot make the state folder: {error.strerror}") from None
    return take_lock(folder / f"{state_stem(root, briefing)}.lock", wait,
                     f"{briefing}: another ingest or review is editing it; try again in a moment")
