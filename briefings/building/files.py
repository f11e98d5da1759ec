"""Writing files so that a reader never sees half of one.

Every output is written to a temporary file in the same folder, flushed to disk, then moved
over the old file with ``os.replace`` (atomic on POSIX and Windows). A crash at any moment
leaves either the old file or the new one, never a mixture; leftover temporary files carry a
recognisable prefix so a later run can remove them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from briefings.errors import OutputProblem

TEMP_PREFIX = ".briefings-tmp-"


def atomic_write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; raise OutputProblem naming the path on failure."""
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=folder)
    except OSError as error:
        raise OutputProblem(f"{folder}: cannot write here: {_reason(error)}") from None
    temp = Path(temp_name)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise OutputProblem(f"{path}: cannot write: {_reason(error)}") from None
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); harmless where folders cannot be opened."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _reason(error: OSError) -> str:
    if error.errno == errno.ENOSPC:
        return "no space left on the device"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return "permission denied (read-only or not writable)"
    return error.strerror or str(error)


def remove_stale_temp_files(folder: Path) -> int:
    """Delete temporary files a killed run left behind; return how many were removed."""
    removed = 0
    if folder.is_dir():
        for leftover in folder.glob(TEMP_PREFIX + "*"):
            with contextlib.suppress(OSError):
                leftover.unlink()
                removed += 1
    return removed
