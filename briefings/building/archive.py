"""``briefings extract-data``: get back the data an archival PDF carries.

An archival (PDF/A-3b) brief embeds the briefing YAML and the archived source texts it was
made from. This module writes them out byte for byte. The PDF may come from anywhere, so
nothing in it is trusted: a PDF that pypdf cannot parse is a clear error (pypdf raises many
kinds of exception on malformed input), attachment names must be plain relative file names,
their count and total size are capped (names can share one stream, so a small PDF could
otherwise expand to gigabytes), and everything is checked before the first file is written.
"""

from __future__ import annotations

import io
import re
from pathlib import Path, PurePosixPath

from pypdf import PdfReader

from briefings.constants import (
    MAX_EXTRACT_BYTES,
    MAX_EXTRACT_FILES,
    MAX_SOURCE_BYTES,
    RESERVED_NAMES,
)
from briefings.errors import BriefingError
from briefings.filesystem.paths import confine, read_regular_file
from briefings.filesystem.writing import atomic_write

#: A PDF larger than this is not one of ours.
MAX_PDF_BYTES = 256 * 1024 * 1024
#: One part of an attachment name: no control characters, separators or leading dot.
_NAME_PART = re.compile(r"[^\x00-\x1f\x7f-\x9f/\\:*?\"<>|.][^\x00-\x1f\x7f-\x9f/\\:*?\"<>|]{0,119}")
_MAX_NAME_LENGTH = 240
_MAX_NAME_DEPTH = 4


def read_attachments(pdf: Path) -> dict[str, bytes]:
    """The embedded files of ``pdf``, by name, within the count and size caps."""
    raw = read_regular_file(_real(pdf), MAX_PDF_BYTES)
    try:
        return _attachments(raw, pdf)
    except BriefingError:
        raise
    except Exception as error:  # pypdf on malformed input: many exception types, all "not a PDF"
        raise BriefingError(f"{pdf}: cannot read it as a PDF ({type(error).__name__}: "
                            f"{str(error)[:200]})") from None


def _attachments(raw: bytes, pdf: Path) -> dict[str, bytes]:
    reader = PdfReader(io.BytesIO(raw))
    found: dict[str, bytes] = {}
    total = 0
    for entry in reader.attachment_list:
        name = entry.name
        if not isinstance(name, str):
            raise BriefingError(f"{pdf}: an attachment has no usable name")
        if name in found:
            continue  # pypdf keeps the first of two entries with one name, as we do
        if len(found) >= MAX_EXTRACT_FILES:
            raise BriefingError(f"{pdf}: more than {MAX_EXTRACT_FILES} embedded files; "
                                "not one of ours, nothing was written")
        _check_name(pdf, name)
        content = entry.content
        if len(content) > MAX_SOURCE_BYTES:
            raise BriefingError(f"{pdf}: the embedded file '{name}' is {len(content):,} bytes; "
                                f"the limit is {MAX_SOURCE_BYTES:,}; nothing was written")
        total += len(content)
        if total > MAX_EXTRACT_BYTES:
            raise BriefingError(f"{pdf}: the embedded files come to more than "
                                f"{MAX_EXTRACT_BYTES:,} bytes; nothing was written")
        found[name] = content
    return found


def _check_name(pdf: Path, name: str) -> None:
    """An attachment name is a short relative path of plain file names (``sources/a.txt``)."""
    parts = name.split("/")
    if (len(name) > _MAX_NAME_LENGTH or len(parts) > _MAX_NAME_DEPTH
            or not all(_NAME_PART.fullmatch(part) for part in parts)
            or any(part.split(".")[0].lower() in RESERVED_NAMES for part in parts)):
        raise BriefingError(f"{pdf}: refusing the attachment name {name!r} (not a plain relative "
                            f"file name of at most {_MAX_NAME_LENGTH} characters); "
                            "nothing was written")


def extract_data(pdf: Path, folder: Path) -> list[Path]:
    """Write every attachment of ``pdf`` under ``folder``; return the paths written.

    Every name and target is checked before anything is written: a name that leaves
    ``folder`` (through ``..`` or a symbolic link inside it), that is a folder there, that is
    also the folder of another name, or a file there with other content, is refused.
    """
    attachments = read_attachments(pdf)
    if not attachments:
        raise BriefingError(f"{pdf}: no embedded data (build it with --pdf-variant pdf/a-3b)")
    names = set(attachments)
    targets: dict[str, Path] = {}
    for name in sorted(attachments):
        relative = PurePosixPath(name)
        if any(str(parent) in names for parent in relative.parents):
            raise BriefingError(f"{pdf}: the attachment name '{name}' is inside another "
                                "attachment's name; nothing was written")
        target = confine(folder, relative)
        if target.exists() and read_regular_file(target, MAX_SOURCE_BYTES) != attachments[name]:
            raise BriefingError(f"{target} exists with other content; not overwriting it")
        targets[name] = target
    written = []
    for name, target in targets.items():
        atomic_write(folder / name, attachments[name], root=folder)
        written.append(target)
    return written


def _real(path: Path) -> Path:
    try:
        return path.resolve()  # the user named it: a link to the PDF is fine
    except (OSError, RuntimeError, ValueError) as error:
        raise BriefingError(f"{path}: cannot read: {error}") from None
