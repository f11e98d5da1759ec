"""PolNeAR attribution annotations → direct-quote gold rows, and the fixed dev/report split.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) marks every attribution in an article — direct
quotes, paraphrase, indirect speech — as BRAT standoff: ``T`` lines give Source, Cue and
Content spans (character offsets, pieces of a discontinuous span joined by ``;``), ``E`` lines
tie one attribution's spans together. The conversion:

1. Quoted segments are found independently of the extractor: in each paragraph (line), an
   opening typographic mark opens and a closing one closes; a straight double mark (or a doubled
   apostrophe, as in one outlet's archive text) toggles;
   a segment still open at the paragraph's end ends there. Only double marks count.
2. A segment of at least three words is a **direct quote** when at least half of its
   characters lie inside the Content of some ``Attribution`` (or ``Attribution-no-source``)
   event. Quoted words outside any Content (titles, scare quotes) are not quotes.
3. Its **sources** are the Source spans of every event whose Content covers it (an article with
   two annotators contributes both). A quote without any Source is kept for quote F1 and left
   out of speaker accuracy.

The split (``polnear_split.txt``) was drawn once, by article, stratified by outlet, with
``random.Random(SPLIT_SEED)``: 70 % of each outlet's articles to ``dev`` (rules may be written
from them), 30 % to ``report`` (scored only). ``make_split`` reproduces it.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path

SPLIT_SEED = 20161108
DEV_SHARE = 0.7
MIN_WORDS = 3
_EVENTS = ("Attribution", "Attribution-no-source")


@dataclass
class GoldQuote:
    """One direct quote of a PolNeAR article, with the Source spans that attribute it."""

    article: str
    start: int
    end: int
    quote: str
    sources: list[tuple[int, int]] = field(default_factory=list)
    source_texts: list[str] = field(default_factory=list)

    @property
    def outlet(self) -> str:
        return outlet_of(self.article)


def outlet_of(article: str) -> str:
    """The outlet code that opens a PolNeAR article id ("nyt", "wash-post", ...)."""
    return article.split("_", 1)[0]


def _spans(field_text: str) -> list[tuple[int, int]]:
    """'12 20;22 30' → [(12, 20), (22, 30)]."""
    return [(int(a), int(b)) for a, b in (piece.split() for piece in field_text.split(";"))]


def read_events(ann: str) -> list[tuple[list[tuple[int, int]], list[tuple[int, int]]]]:
    """(content spans, source spans) of every attribution event in a BRAT ``.ann`` text."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            if label in ("Source", "Content"):
                spans[parts[0]] = _spans(offsets)
        elif line.startswith("E") and len(parts) >= 2:
            roles = dict(item.split(":", 1) for item in parts[1].split())
            if any(kind in roles for kind in _EVENTS):
                events.append(roles)
    return [(spans.get(roles.get("Content", ""), []), spans.get(roles.get("Source", ""), []))
            for roles in events]


def quoted_segments(text: str) -> list[tuple[int, int]]:
    """Ranges inside double quotation marks, paired per paragraph (see the module docstring)."""
    segments = []
    for paragraph in re.finditer(r"[^\n]+", text):
        open_at = None
        for mark in re.finditer(r"''|[\"“”]", paragraph.group()):
            pos = paragraph.start() + mark.start()
            if open_at is None and mark.group() != "”":
                open_at = pos + len(mark.group())
            elif open_at is not None and mark.group() != "“":
                segments.append((open_at, pos))
                open_at = None
            elif open_at is not None:  # a new opening mark: the open quote ended before it
                segments.append((open_at, pos))
                open_at = pos + len(mark.group())
        if open_at is not None:
            segments.append((open_at, paragraph.end()))
    return [_trim(text, s, e) for s, e in segments if len(re.findall(r"[\w'’-]+", text[s:e])) >= MIN_WORDS]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _covered(start: int, end: int, pieces: list[tuple[int, int]]) -> int:
    return sum(max(0, min(end, e) - max(start, s)) for s, e in pieces)


def convert_article(name: str, text: str, anns: list[str]) -> list[GoldQuote]:
    """The direct-quote rows of one article, given the texts of its ``.ann`` files."""
    events = [event for ann in anns for event in read_events(ann)]
    rows = []
    for start, end in quoted_segments(text):
        row = GoldQuote(name, start, end, text[start:end])
        covering = [(content, sources) for content, sources in events
                    if 2 * _covered(start, end, content) >= end - start]
        if not covering:
            continue
        for _, sources in covering:
            for s, e in sources:
                if (s, e) not in row.sources:
                    row.sources.append((s, e))
                    row.source_texts.append(text[s:e])
        rows.append(row)
    return rows


def load_corpus(corpus: Path, articles: list[str] | None = None) -> dict[str, tuple[str, list[GoldQuote]]]:
    """{article id: (text, gold rows)} for the articles of ``corpus`` (all, or those named)."""
    names = articles if articles is not None else sorted(p.stem for p in (corpus / "text").glob("*.txt"))
    result = {}
    for name in names:
        text = (corpus / "text" / f"{name}.txt").read_text(encoding="utf-8")
        anns = [p.read_text(encoding="utf-8") for p in sorted((corpus / "attributions").glob(f"{name}_*.ann"))]
        result[name] = (text, convert_article(name, text, anns))
    return result


def make_split(names: list[str], seed: int = SPLIT_SEED, dev_share: float = DEV_SHARE) -> dict[str, str]:
    """{article id: "dev" | "report"}, drawn by outlet with a fixed seed."""
    rng = random.Random(seed)
    split = {}
    for outlet in sorted({outlet_of(n) for n in names}):
        members = sorted(n for n in names if outlet_of(n) == outlet)
        rng.shuffle(members)
        cut = round(len(members) * dev_share)
        split.update({n: "dev" for n in members[:cut]})
        split.update({n: "report" for n in members[cut:]})
    return split


def load_split() -> dict[str, str]:
    """The committed split: {article id: "dev" | "report"}."""
    text = files(__package__).joinpath("polnear_split.txt").read_text(encoding="utf-8")
    rows = (line.split() for line in text.splitlines() if line.strip() and not line.startswith("#"))
    return {name: part for part, name in rows}


def write_split(split: dict[str, str], path: Path) -> None:
    lines = ["# PolNeAR train articles, split once by article (see polnear.py): part<TAB>article id",
             f"# seed {SPLIT_SEED}, {DEV_SHARE:.0%} of each outlet to dev; the report part is only scored"]
    lines += [f"{part}\t{name}" for name, part in sorted(split.items(), key=lambda kv: (kv[1], kv[0]))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
