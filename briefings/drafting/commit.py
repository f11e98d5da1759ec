"""Put a drafted or merged briefing on disk all at once, or not at all.

``draft --into`` and ingest edit a briefing the analyst is working on, so a failure must leave
it exactly as it was. The new text is written to a temporary file beside the briefing and
validated there (relative paths resolve the same way); only a valid briefing replaces the old
one, with one rename. The archived article goes into the briefing's own ``sources/`` folder:
a real folder inside the briefing's folder, never a symbolic link (a linked ``sources/`` could
send the copy anywhere), and never over an existing file. If the briefing does not validate,
the archive written for it is removed again.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import tempfile
from pathlib import Path

from briefings.errors import BriefingError, Issue, ValidationFailed
from briefings.filesystem.paths import PathRefused, confine
from briefings.filesystem.writing import TEMP_PREFIX, atomic_write
from briefings.validation.run import validate_file


def archive_path(folder: Path, name: str) -> Path:
    """``folder/sources/name``, refused if ``sources`` (or the name) is a symbolic link, is
    not a folder, or resolves outside ``folder``; the ``sources`` folder is made if missing."""
    sources = folder / "sources"
    if sources.is_symlink():
        raise BriefingError(f"{sources} is a symbolic link; the article is not archived through it "
                            "(make sources/ a real folder beside the briefing)")
    try:
        confine(folder, "sources", directory=True)
        confine(folder, f"sources/{name}")
    except PathRefused as refused:
        raise BriefingError(f"{sources}: {refused}") from None
    if (sources / name).is_symlink():
        raise BriefingError(f"{sources / name} is a symbolic link; not writing through it")
    return sources / name


def write_archive(target: Path, data: bytes) -> bool:
    """Archive ``data`` at ``target`` (checked by :func:`archive_path`); False if the same
    bytes are already there, an error if other bytes are."""
    if target.exists():
        if target.read_bytes() != data:
            raise BriefingError(f"{target} already exists with different text; not overwriting it")
        return False
    target.parent.mkdir(exist_ok=True)
    atomic_write(target, data)
    return True


def replace_validated(briefing: Path, text: bytes, archive: tuple[Path, bytes] | None = None) -> None:
    """Replace ``briefing`` with ``text`` if that validates with the archive in place;
    otherwise leave both as they were and raise :class:`ValidationFailed` naming the briefing."""
    made = write_archive(*archive) if archive is not None else False
    try:
        _check_then_replace(briefing, text)
    except BaseException:
        if made and archive is not None:
            archive[0].unlink(missing_ok=True)
        raise


def _check_then_replace(briefing: Path, text: bytes) -> None:
    handle, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=briefing.suffix or ".yaml", dir=briefing.parent)
    temp = Path(name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(text)
        errors = [_renamed(issue, temp, briefing) for issue in validate_file(temp).issues if issue.is_error]
        if errors:
            raise ValidationFailed(errors)
        atomic_write(briefing, text)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink()


def _renamed(issue: Issue, temp: Path, briefing: Path) -> Issue:
    """The issue as it would read in the briefing itself, not in the temporary copy."""
    path = briefing if str(issue.path) == str(temp) else issue.path
    return dataclasses.replace(issue, path=path, message=issue.message.replace(str(temp), str(briefing)))
