"""The inbox folder: analysts drop articles there (``.txt``, ``.html``, ``.eml``).

Only regular files directly in the folder are read (no sub-folders, no links leading out of
it), each within the size cap; a file already read (same sha256) is skipped; files of other
kinds are left alone. HTML pages and e-mails are read by the extractor's worker, within the
time budget.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

from briefings.errors import BriefingError
from briefings.filesystem.paths import read_regular_file
from briefings.ingest.article import Article, ArticleProblem, from_eml, from_html, from_text
from briefings.ingest.extractor import Extractor

READERS = {".txt": from_text, ".html": from_html, ".htm": from_html, ".eml": from_eml}


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing links, special files (a folder named x.eml, a FIFO) and
    anything over ``max_bytes``: the one capped reader (:func:`read_regular_file`), its refusal
    as this article's problem."""
    try:
        return read_regular_file(path, max_bytes)
    except BriefingError as error:
        raise ArticleProblem(f"{error} (only regular files are read from the inbox)") from None


def collect(folder: Path, seen: dict[str, str], max_bytes: int, extractor: Extractor,
            budget: float) -> Iterator[tuple[str, Article | ArticleProblem]]:
    """(sha256, article or the problem reading it) for each new file in ``folder``; HTML and
    e-mail within ``budget`` seconds each."""
    if not folder.is_dir():
        yield "", ArticleProblem(f"{folder}: the inbox folder does not exist")
        return
    for path in sorted(folder.iterdir()):
        reader = READERS.get(path.suffix.lower())
        if reader is None or path.name.startswith("."):
            continue
        try:
            data = read_capped(path, max_bytes)
        except ArticleProblem as problem:
            yield "", problem
            continue
        digest = hashlib.sha256(data).hexdigest()
        if digest in seen:
            continue
        try:
            if reader is from_text:
                yield digest, from_text(str(path), data)
            else:
                yield digest, extractor.read(reader, str(path), data, budget)
        except ArticleProblem as problem:
            yield digest, problem
