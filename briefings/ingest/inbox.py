"""The inbox folder: analysts drop articles there (``.txt``, ``.html``, ``.eml``).

Only regular files directly in the folder are read (no sub-folders, no links leading out of
it), each within the size cap; a file already read (same sha256) is skipped; files of other
kinds are left alone. HTML pages and e-mails are read by the extractor's worker, within the
time budget.
"""

from __future__ import annotations

import hashlib
import os
import stat
from collections.abc import Iterator
from pathlib import Path

from briefings.ingest.article import Article, ArticleProblem, from_eml, from_html, from_text
from briefings.ingest.extractor import Extractor

READERS = {".txt": from_text, ".html": from_html, ".htm": from_html, ".eml": from_eml}


def read_capped(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing links, special files and anything over ``max_bytes``."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ArticleProblem(f"{path}: cannot read: {error.strerror} (links are not followed)") from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):  # a folder named x.eml, a FIFO: before fdopen, which
        os.close(fd)                             # refuses a folder with an error of its own
        raise ArticleProblem(f"{path}: not a regular file; only files are read from the inbox")
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise ArticleProblem(f"{path}: larger than the {max_bytes}-byte limit; not read")
    return data


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
