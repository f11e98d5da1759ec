"""What reading articles within a time budget costs: the same HTML pages read in process and
through :class:`briefings.ingest.extractor.Extractor` (one worker, reused).

    python bench/ingest_budget.py [--pages N] [--kib K]

Prints the worker's start (paid once per ingest run, by the first page), the median time per
page in process and in the worker, and the difference: the overhead per article. The pages are
the test fixtures (tests/cases/feeds/*.html) and, with ``--kib``, pages of about K KiB made of
their paragraphs repeated (a long article is ~100 KB). No unit test asserts a speed; the figures
go in the README.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from briefings.ingest.article import from_html
from briefings.ingest.extractor import Extractor

PAGES = sorted((Path(__file__).resolve().parent.parent / "tests" / "cases" / "feeds").glob("*.html"))


def grown(page: bytes, kib: int) -> bytes:
    """The page with its paragraphs repeated until it is about ``kib`` KiB."""
    head, _, rest = page.partition(b"<p>")
    body, _, tail = rest.rpartition(b"</p>")
    paragraphs = b"<p>" + body + b"</p>"
    copies = max(1, kib * 1024 // max(1, len(paragraphs)))
    return head + paragraphs * copies + tail if kib else page


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=40, help="pages read each way (default 40)")
    parser.add_argument("--kib", type=int, default=0, help="grow each page to about this size")
    options = parser.parse_args()
    count = options.pages
    pages = [(str(path), grown(path.read_bytes(), options.kib)) for path in PAGES] * (count // len(PAGES) + 1)
    pages = pages[:count]
    from_html(*pages[0])  # imports trafilatura in this process, as the worker does at its start
    in_process = []
    for origin, data in pages:
        start = time.perf_counter()
        from_html(origin, data)
        in_process.append(time.perf_counter() - start)
    with Extractor() as extractor:
        start = time.perf_counter()
        extractor.read(from_html, *pages[0], budget=60)
        first = time.perf_counter() - start
        in_worker = []
        for origin, data in pages:
            start = time.perf_counter()
            extractor.read(from_html, origin, data, budget=60)
            in_worker.append(time.perf_counter() - start)
    here, there = statistics.median(in_process), statistics.median(in_worker)
    print(f"pages: {count} ({len(PAGES)} fixtures, {min(len(d) for _, d in pages)}-{max(len(d) for _, d in pages)} bytes)")
    print(f"worker start + first page: {first * 1000:.0f} ms (once per ingest run)")
    print(f"per page, median: in process {here * 1000:.1f} ms, in the worker {there * 1000:.1f} ms, "
          f"overhead {(there - here) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
