"""Quote extraction at scale: scores on PolNeAR and the BBC set, and timings.

    python bench/extract.py score [--part dev|report|both] [--sets all|polnear|foreign]
                                  [--misses DIR] [--show-misses]
    python bench/extract.py time

``score`` runs the extractor on the PolNeAR articles of the committed split
(``briefings/extract/polnear_split.txt``), on the foreign-dev articles of its committed split
(``briefings/extract/foreign_dev_split.txt``) and on the BBC development set, and prints quote
P/R/F1, speaker(-mention) accuracy, the confidently-wrong and abstention rates, party accuracy
and speaker-name agreement per outlet (definitions in
``docs/extraction.md``). ``--misses DIR`` writes every missed, spurious and wrongly attributed
quote of each set to ``DIR/<set>-misses.txt``; ``--show-misses`` prints those of the dev part
and of the BBC set. The report part is for scoring only: do not write rules from its misses.

``time`` measures `briefings quotes` as a user runs it (a fresh process: wall time, and the CPU
time of that process, which a machine shared with other work disturbs less) on articles of 200 KB
and 1 MB built from PolNeAR dev articles laid end to end, and the extractor in process on all
838 PolNeAR articles. No unit test asserts a speed; these figures go in docs/extraction.md.

Both need ``../shared`` beside the repository (the corpora are not in the repository).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from briefings.extract import extract_quotes
from briefings.extract.evaluate import (
    by_outlet,
    evaluate,
    evaluate_polnear,
    format_misses,
    format_table,
    total,
)
from briefings.extract.foreign_dev import load_split as load_foreign_split
from briefings.extract.polnear import load_corpus, load_split

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
POLNEAR = SHARED / "corpora" / "polnear-train"
BBC = SHARED / "dev-quotes"
FOREIGN = SHARED / "corpora" / "foreign-dev"


def _require(path: Path) -> None:
    if not path.exists():
        sys.exit(f"{path} is not there: the corpora live in ../shared beside the repository")


def score(parts: list[str], misses: Path | None, show: bool, sets: str) -> None:
    if sets in ("all", "polnear"):
        _score_polnear(parts, misses, show)
    if sets in ("all", "foreign"):
        _score_foreign(parts, misses, show)
    _require(BBC)
    bbc = evaluate(BBC / "gold.jsonl", BBC / "articles")
    print("\nBBC development set (8 articles)")
    print(format_table([total(bbc, "bbc")]))
    _misses("bbc", bbc, misses, show)


def _score_foreign(parts: list[str], misses: Path | None, show: bool) -> None:
    _require(FOREIGN)
    split = load_foreign_split()
    for part in parts:
        names = {n for n, p in split.items() if p == part}
        scores = evaluate(FOREIGN / "gold.jsonl", FOREIGN / "articles", only=names)
        print(f"\nforeign-dev {part} part ({len(scores)} articles)")
        print(format_table([total(scores, f"foreign-{part}")]))
        _misses(f"foreign-{part}", scores, misses, show and part == "dev")


def _score_polnear(parts: list[str], misses: Path | None, show: bool) -> None:
    _require(POLNEAR)
    split = load_split()
    for part in parts:
        corpus = load_corpus(POLNEAR, sorted(n for n, p in split.items() if p == part))
        scores = evaluate_polnear(corpus)
        print(f"\nPolNeAR {part} part ({len(corpus)} articles)")
        print(format_table(by_outlet(scores), names=True))
        _misses(f"polnear-{part}", scores, misses, show and part == "dev")


def _misses(name: str, scores: list, folder: Path | None, show: bool) -> None:
    text = format_misses(scores)
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}-misses.txt").write_text(text + "\n", encoding="utf-8")
    if show and text:
        print(text)


def _article_of_size(size: int) -> str:
    split = load_split()
    texts = [(POLNEAR / "text" / f"{n}.txt").read_text(encoding="utf-8")
             for n, p in sorted(split.items()) if p == "dev"]
    out, k = [], 0
    while sum(map(len, out)) < size:
        out.append(texts[k % len(texts)] + "\n")
        k += 1
    return "".join(out)[:size]


def timings() -> None:
    _require(POLNEAR)
    cli = [sys.executable, "-m", "briefings", "quotes"]
    with tempfile.TemporaryDirectory() as tmp:
        for label, size in (("200 KB", 200_000), ("1 MB", 1_000_000)):
            path = Path(tmp) / "article.txt"
            path.write_text(_article_of_size(size), encoding="utf-8")
            cpu_before = _children_cpu()
            began = time.perf_counter()
            done = subprocess.run([*cli, str(path)], capture_output=True, text=True, check=True)
            wall = time.perf_counter() - began
            print(f"briefings quotes, {label} article: {wall:.2f} s wall, "
                  f"{_children_cpu() - cpu_before:.2f} s CPU ({len(done.stdout.splitlines())} quotes)")
    names = sorted(p.stem for p in (POLNEAR / "text").glob("*.txt"))
    texts = [(POLNEAR / "text" / f"{n}.txt").read_text(encoding="utf-8") for n in names]
    began, cpu_began = time.perf_counter(), time.process_time()
    found = sum(len(extract_quotes(t)) for t in texts)
    elapsed, cpu = time.perf_counter() - began, time.process_time() - cpu_began
    size = sum(map(len, texts)) / 1e6
    print(f"whole PolNeAR train corpus: {len(texts)} articles, {size:.1f} M characters, "
          f"{found} quotes, {elapsed:.1f} s wall, {cpu:.1f} s CPU in process")
    print(f"load average during the run: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    scoring = sub.add_parser("score")
    scoring.add_argument("--part", choices=["dev", "report", "both"], default="dev")
    scoring.add_argument("--misses", type=Path, default=None)
    scoring.add_argument("--show-misses", action="store_true")
    scoring.add_argument("--sets", choices=["all", "polnear", "foreign"], default="all",
                         help="PolNeAR, foreign-dev or both (the BBC set always)")
    sub.add_parser("time")
    args = parser.parse_args()
    if args.command == "score":
        parts = ["dev", "report"] if args.part == "both" else [args.part]
        score(parts, args.misses, args.show_misses, args.sets)
    else:
        timings()


if __name__ == "__main__":
    main()
