"""Score the quote extractor against hand-annotated gold quotes (JSON lines).

The gold format is one object per quote with ``article``, ``quote``, ``speaker`` (and optionally
``speaker_surface`` and ``cue``). Quotes match when equal after normalisation: surrounding white
space and punctuation stripped, curly quotes and apostrophes folded to straight ones, inner
white space folded. Speaker accuracy is measured on matched quotes only, case-insensitively.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from . import Quote, extract_quotes

_FOLD = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "\u00a0": " "})
_EDGE = re.compile(r"^[\s\W_]+|[\s\W_]+$")


def normalise_quote(text: str) -> str:
    """The form in which a found quote and a gold quote are compared."""
    folded = " ".join(text.translate(_FOLD).split())
    return _EDGE.sub("", folded)


@dataclass
class ArticleScore:
    """Counts for one article, and what went wrong in it."""

    name: str
    gold: int = 0
    found: int = 0
    matched: int = 0
    speakers_right: int = 0
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)
    wrong_speakers: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speakers_right / self.matched if self.matched else 1.0


def load_gold(path: Path) -> dict[str, list[dict[str, str]]]:
    gold: dict[str, list[dict[str, str]]] = defaultdict(list)
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                item = json.loads(line)
                gold[item["article"]].append(item)
            except (json.JSONDecodeError, KeyError) as error:
                raise ValueError(f"{path}:{number}: not a gold quote object ({error})") from None
    return gold


def score_article(name: str, gold: list[dict[str, str]], found: list[Quote]) -> ArticleScore:
    score = ArticleScore(name, gold=len(gold), found=len(found))
    unmatched = list(found)
    for item in gold:
        target = normalise_quote(item["quote"])
        match = next((q for q in unmatched if normalise_quote(q.quote) == target), None)
        if match is None:
            score.missed.append(item["quote"])
            continue
        unmatched.remove(match)
        score.matched += 1
        if (match.speaker or "").casefold() == item["speaker"].casefold():
            score.speakers_right += 1
        else:
            score.wrong_speakers.append((item["quote"], item["speaker"], match.speaker))
    score.spurious = [q.quote for q in unmatched]
    return score


def evaluate(gold_path: Path, articles_dir: Path) -> list[ArticleScore]:
    """Run the extractor on every article the gold file names and score each one."""
    scores = []
    for name, items in sorted(load_gold(gold_path).items()):
        text = (articles_dir / name).read_text(encoding="utf-8")
        scores.append(score_article(name, items, extract_quotes(text)))
    return scores


def total(scores: list[ArticleScore]) -> ArticleScore:
    overall = ArticleScore("all")
    for score in scores:
        overall.gold += score.gold
        overall.found += score.found
        overall.matched += score.matched
        overall.speakers_right += score.speakers_right
    return overall


def format_report(scores: list[ArticleScore]) -> str:
    lines = [f"{'article':<12} {'gold':>4} {'found':>5} {'P':>6} {'R':>6} {'F1':>6} {'speaker':>8}"]
    for score in [*scores, total(scores)]:
        lines.append(
            f"{score.name:<12} {score.gold:>4} {score.found:>5} {score.precision:>6.3f} "
            f"{score.recall:>6.3f} {score.f1:>6.3f} {score.speaker_accuracy:>8.3f}"
        )
    for score in scores:
        for quote in score.missed:
            lines.append(f"missed   {score.name}: {quote[:70]!r}")
        for quote in score.spurious:
            lines.append(f"spurious {score.name}: {quote[:70]!r}")
        for quote, want, got in score.wrong_speakers:
            lines.append(f"speaker  {score.name}: {quote[:50]!r}: want {want!r}, got {got!r}")
    return "\n".join(lines)
