"""Reading the text files a user names (articles, sources): UTF-8 of a bounded size, or a
clear error naming the file.

Checking a text costs about fifty times its size in memory, so texts are capped
(:data:`briefings.constants.MAX_SOURCE_BYTES`) as briefing YAML is; devices and FIFOs are
refused rather than read forever.
"""

from __future__ import annotations

from pathlib import Path

from briefings.constants import MAX_SOURCE_BYTES
from briefings.errors import BriefingError
from briefings.filesystem.paths import read_regular_file
from briefings.textfold import decode_utf8


def read_text_file(path: Path) -> str:
    """A UTF-8 text file the user named; a clear BriefingError naming it if it cannot be read."""
    try:
        real = path.resolve()  # the user named it: a link to the article is fine
    except (OSError, RuntimeError, ValueError) as error:
        raise BriefingError(f"{path}: cannot read: {error}") from None
    data = read_regular_file(real, MAX_SOURCE_BYTES)
    try:
        return decode_utf8(data)
    except UnicodeDecodeError:
        raise BriefingError(f"{path}: not UTF-8 text") from None
