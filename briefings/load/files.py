"""Reading the text files a user names (articles, sources): UTF-8 or a clear error."""

from __future__ import annotations

from pathlib import Path

from briefings.errors import BriefingError


def read_text_file(path: Path) -> str:
    """A UTF-8 text file the user named; a clear BriefingError naming it if it cannot be read."""
    try:
        return path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise BriefingError(f"{path}: not UTF-8 text") from None
    except OSError as error:
        raise BriefingError(f"{path}: cannot read: {error.strerror}") from None
