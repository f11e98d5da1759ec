"""Writing files so that a reader never sees half of one.

Every output is written to a temporary file in the same folder, flushed to disk, then moved
over the old file with ``os.replace`` (atomic on POSIX and Windows). A crash at any moment
leaves either the old file or the new one, never a mixture; leftover temporary files carry a
recognisable prefix so a later run can remove them.

Inside the output folder nothing is written through a symbolic link: given ``root``, the
folder of the file must really be inside ``root`` (checked by the one confinement check,
:func:`briefings.filesystem.paths.confine`), and a link planted where the file goes is replaced,
never followed.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from filelock import FileLock, Timeout

from briefings.constants import LOCK_NAME
from briefings.errors import BriefingError, OutputProblem
from briefings.filesystem.paths import confine

TEMP_PREFIX = ".briefings-tmp-"


def atomic_write(path: Path, data: bytes, *, root: Path | None = None) -> None:
    """Replace ``path`` with ``data`` atomically; raise OutputProblem naming the path on failure.

    With ``root``, ``path`` must be inside it and its folder must really be there (no symbolic
    link on the way leads out): the check runs before any folder is made.
    """
    folder = path.parent
    if root is not None:
        folder = _confined_folder(root, path)
        path = folder / path.name
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


def _confined_folder(root: Path, path: Path) -> Path:
    """The real folder ``path`` goes in, inside the real ``root``; OutputProblem otherwise."""
    relative = os.path.relpath(path.parent, root)
    try:
        return confine(root, relative, directory=True)
    except BriefingError as error:
        raise OutputProblem(f"{path}: refusing to write there: {error}") from None


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


def lock_output(output_dir: Path, *, wait: bool = True) -> FileLock:
    """Take the output folder's lock (held while a build writes); a clear error if it cannot."""
    return take_lock(output_dir / LOCK_NAME, -1 if wait else 0,
                     f"{output_dir}: another build is writing here; try again later "
                     "(or leave out --no-wait to wait for it)")


def take_lock(path: Path, timeout: float, busy: str) -> FileLock:
    """Take the lock file at ``path``, waiting up to ``timeout`` seconds (-1: for ever); ``busy``
    is the error when another process keeps it.

    The lock file must be a regular file (or not exist yet): a symbolic link or a folder
    planted there is refused rather than followed.
    """
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise OutputProblem(f"{path}: the lock file is a symbolic link or not a file; "
                            "remove it and try again")
    lock = FileLock(str(path), timeout=timeout)
    try:
        lock.acquire()
    except Timeout:
        raise BriefingError(busy) from None
    except OSError as error:
        raise OutputProblem(f"{path}: cannot take the lock: {_reason(error)}") from None
    return lock
