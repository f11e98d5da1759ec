"""The one confinement check for every path read or written on a briefing's behalf.

A briefing names its archived sources, an archival PDF names its attachments, and the files in
``output/.briefings/`` name outputs and dependencies. None of those names is trusted: each goes
through :func:`confine` before anything is opened, so that an absolute path, a ``..``, a symbolic
link leading out of the folder or a device file (a FIFO that never ends, ``/dev/zero`` that never
stops) is refused with a message naming it. :func:`read_confined` then opens the file without
following links or blocking, and reads at most a given number of bytes.
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from pathlib import Path, PurePath, PurePosixPath
from typing import BinaryIO

from briefings.errors import BriefingError


class PathRefused(BriefingError):
    """A path named in a file leaves its folder, or names something that is not a regular file."""


def confine(folder: Path, name: str | PurePath, *, directory: bool = False) -> Path:
    """The real path of ``name`` inside ``folder``; :class:`PathRefused` if it leaves it.

    Refused: a NUL, an absolute path, a ``..`` part, an empty name, a real path (symbolic links
    resolved) outside the real ``folder``, and an existing entry that is not a regular file
    (or not a folder, with ``directory``). A name that does not exist yet is allowed, so that
    writers can use the same check.
    """
    text = str(name)
    if "\x00" in text:
        raise PathRefused(f"{text!r}: a path with a NUL character is refused")
    relative = PurePosixPath(text)
    if relative.is_absolute() or PurePath(text).is_absolute():
        raise PathRefused(f"'{text}' is absolute; only paths inside {folder} are used")
    if ".." in relative.parts:
        raise PathRefused(f"'{text}' leaves {folder} ('..' is refused)")
    if not relative.parts and not directory:
        raise PathRefused(f"an empty path inside {folder} is refused")
    root = folder.resolve()
    real = root.joinpath(*relative.parts).resolve()
    if not real.is_relative_to(root):
        raise PathRefused(f"'{text}' resolves to {real}, outside {root} (a symbolic link?); "
                          "it is not used")
    try:
        mode = os.stat(real).st_mode
    except FileNotFoundError:
        return real
    except OSError as error:
        raise PathRefused(f"{real}: cannot use it: {error.strerror}") from None
    wanted, kind = (stat.S_ISDIR, "a folder") if directory else (stat.S_ISREG, "a regular file")
    if not wanted(mode):
        raise PathRefused(f"{real} is not {kind} (it is {kind_of_file(mode)}); it is not used")
    return real


def kind_of_file(mode: int) -> str:
    """What a file of ``os.stat`` mode ``mode`` is, for messages: "a FIFO (named pipe)"."""
    for test, kind in ((stat.S_ISREG, "a regular file"), (stat.S_ISDIR, "a folder"),
                       (stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return kind
    return "a special file"


def leaves(path: Path, folder: Path) -> Path | None:
    """The real path of ``path`` if it lies inside ``folder`` as written but outside it once
    symbolic links are resolved (a link out); None otherwise, and for a path written outside."""
    written = Path(os.path.abspath(path))
    if not (written.is_relative_to(folder) or written.is_relative_to(folder.resolve())):
        return None
    real = written.resolve()
    return None if real.is_relative_to(folder.resolve()) else real


def read_confined(folder: Path, name: str | PurePath, limit: int) -> bytes:
    """The bytes of the regular file ``name`` inside ``folder``, at most ``limit`` of them.

    The file is opened without following a last symbolic link and without blocking (a FIFO
    swapped in after :func:`confine` is refused, not waited on); a larger file is refused.
    """
    real = confine(folder, name)
    return read_regular_file(real, limit)


def read_regular_file(path: Path, limit: int) -> bytes:
    """The bytes of ``path`` if it is a regular file (not a link) of at most ``limit`` bytes."""
    with open_regular_file(path, limit) as stream:
        data = stream.read(limit + 1)
    if len(data) > limit:
        raise BriefingError(f"{path}: the file is over the limit of {limit:,} bytes")
    return data


def open_regular_file(path: Path, limit: int) -> BinaryIO:
    """``path`` open for reading if it is a regular file (not a link) of at most ``limit`` bytes."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as error:
        if error.errno == errno.ELOOP:
            raise PathRefused(f"{path} is a symbolic link; it is not followed") from None
        raise BriefingError(f"{path}: cannot read: {error.strerror}") from None
    info = os.fstat(handle)  # before fdopen, which refuses a folder with an error of its own
    if not stat.S_ISREG(info.st_mode):
        os.close(handle)
        raise PathRefused(f"{path} is not a regular file; it is not read")
    stream = os.fdopen(handle, "rb")
    if info.st_size > limit:
        stream.close()
        raise BriefingError(f"{path}: the file is {info.st_size:,} bytes; the limit is {limit:,}")
    return stream


def sha256_of(path: Path) -> str:
    """The hex SHA-256 of a file's bytes, as sources record it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()
