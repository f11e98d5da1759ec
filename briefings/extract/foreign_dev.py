"""The foreign-dev set (``../shared/corpora/foreign-dev``): its committed split and gold.

Forty foreign-policy excerpts from forty outlets, each gold quote with ``speaker`` and
``party``. The set is split once, by article, with a fixed seed into a development part (rules
may be written from its misses) and a report part (scored only). The article numbers of each
part are committed as ``foreign_dev_split.txt``; a test checks that it is the drawn split. No
article text is in the repository.
"""

from __future__ import annotations

import random
from importlib.resources import files
from pathlib import Path

SPLIT_SEED = 20250611
DEV_ARTICLES = 24  # of 40; the other 16 are the report part


def make_split(names: list[str], seed: int = SPLIT_SEED, dev_count: int = DEV_ARTICLES) -> dict[str, str]:
    """{article file name: "dev" | "report"}, drawn with a fixed seed."""
    members = sorted(names)
    random.Random(seed).shuffle(members)
    return {n: ("dev" if k < dev_count else "report") for k, n in enumerate(members)}


def load_split() -> dict[str, str]:
    """The committed split: {article file name: "dev" | "report"}."""
    text = files(__package__).joinpath("foreign_dev_split.txt").read_text(encoding="utf-8")
    rows = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name: part for part, name in rows}


def write_split(split: dict[str, str], path: Path) -> None:
    lines = ["# foreign-dev articles, split once by article (see foreign_dev.py): part<TAB>article",
             f"# seed {SPLIT_SEED}, {DEV_ARTICLES} articles to dev; the report part is only scored"]
    lines += [f"{part}\t{name}" for name, part in sorted(split.items(), key=lambda kv: (kv[1], kv[0]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
