"""What the hostile inputs of issue 20 (points 9, 10, 12) cost now: the sentence splitter on
"U.S. " × 12,000, quote extraction on 40 KB of them, sifting a feed of 50,000 entries,
``validate`` with 240 misquotes of a 200 KB source, and stopping a ``gzip, gzip`` bomb.

    python bench/ingest_limits.py

No unit test asserts a speed; the figures go in docs/security.md and the report.
"""

from __future__ import annotations

import argparse
import gzip
import shutil
import tempfile
import time
import tracemalloc
import zlib
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def timed(label: str, work: Callable[[], object]) -> None:
    started = time.perf_counter()
    work()
    print(f"{label:<52} {time.perf_counter() - started:7.2f} s")


def misquotes() -> None:
    from briefings.errors import ValidationFailed
    from briefings.validation.run import validate_paths

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "b"
        shutil.copytree(ROOT / "tests" / "cases" / "valid", folder)
        (folder / "article.txt").write_text('Person A said: "We will never accept this measure"\n' + " ".join(
            f"Delegates from region {n} asked for more time to study the measure." for n in range(2500)))
        briefing = folder / "minimal.yaml"
        quotes = "".join(f"      - text: Delegates from region {n} wanted a vote today\n"
                         "        speaker: person-a\n        source: article\n" for n in range(240))
        briefing.write_text(briefing.read_text().replace("    quotes:\n", "    quotes:\n" + quotes, 1))
        try:
            validate_paths([briefing])
        except ValidationFailed:
            pass


def bomb() -> None:
    from briefings.ingest.decoding import decoded

    inner = zlib.compressobj(9, zlib.DEFLATED, 31)
    payload = b"".join(inner.compress(bytes(1 << 20)) for _ in range(100)) + inner.flush()
    raw = gzip.compress(payload)
    tracemalloc.start()
    size = 0
    for piece in decoded([raw], "gzip, gzip"):
        size += len(piece)
        if size > 5 * 1024 * 1024:
            break
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(f"{'':<52} (bomb of {len(raw)} bytes; peak {peak / 2**20:.1f} MiB)")


def main() -> None:
    argparse.ArgumentParser(description="Time the hostile inputs of issue 20 (figures for "
                            "docs/security.md).").parse_args()
    from briefings.extract import extract_quotes
    from briefings.extract.sentences import split_sentences
    from briefings.ingest.feeds import _unseen
    from briefings.ingest.state import IngestState

    timed('split_sentences("U.S. " x 12,000) (60 KB)', lambda: split_sentences("U.S. " * 12_000))
    timed('extract_quotes on 40 KB of "U.S. "', lambda: extract_quotes("U.S. " * 8_000))
    entries = [{"link": f"https://news.example.org/item/{n}"} for n in range(50_000)]
    timed("sifting a feed of 50,000 entries", lambda: _unseen("https://news.example.org/", entries,
                                                              IngestState(Path("unused.json"))))
    timed("validate: 240 misquotes of a 200 KB source", misquotes)
    timed("decoding a gzip, gzip bomb to a 5 MiB cap", bomb)


if __name__ == "__main__":
    main()
