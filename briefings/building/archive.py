"""``briefings extract-data``: get back the data an archival PDF carries.

An archival (PDF/A-3b) brief embeds the briefing YAML and the archived source texts it was
made from. This module lists and writes them out byte for byte, refusing attachment names
that would leave the target folder.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from briefings.building.files import atomic_write
from briefings.errors import BriefingError


def read_attachments(pdf: Path) -> dict[str, bytes]:
    """The embedded files of ``pdf``, by name."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(pdf)
        attachments = reader.attachments
    except (OSError, PdfReadError, ValueError) as error:
        raise BriefingError(f"{pdf}: cannot read it as a PDF ({error})") from None
    return {name: contents[0] for name, contents in attachments.items() if contents}


def extract_data(pdf: Path, folder: Path) -> list[Path]:
    """Write every attachment of ``pdf`` under ``folder``; return the paths written."""
    attachments = read_attachments(pdf)
    if not attachments:
        raise BriefingError(f"{pdf}: no embedded data (build it with --pdf-variant pdf/a-3b)")
    written = []
    for name, data in sorted(attachments.items()):
        relative = PurePosixPath(name)
        if relative.is_absolute() or ".." in relative.parts or not relative.parts:
            raise BriefingError(f"{pdf}: refusing the attachment name '{name}' (it leaves {folder})")
        target = folder.joinpath(*relative.parts)
        if target.exists() and target.read_bytes() != data:
            raise BriefingError(f"{target} exists with other content; not overwriting it")
        atomic_write(target, data)
        written.append(target)
    return written
