"""Fit the speaker-confidence model (``briefings/extract/confidence_model.json``) on the
development parts, and choose its threshold.

    python tools/train_confidence.py [--write] [--target 0.03] [--without FEATURE ...]

Runs the extractor with no threshold on the PolNeAR dev part, the foreign-dev dev part and the
BBC set (all in ``../shared``), records the features of every quote the attribution gave a
speaker (``briefings.extract.confidence.features``) and whether that speaker is right (PolNeAR:
the mention overlaps a gold Source; the others: the name equals the gold speaker), and fits a
logistic regression (scikit-learn, a development dependency only; the fit is deterministic).
The threshold maximises, summed over the development sets, the share of right names minus
``--cost`` (2: a wrong name is worse than "unsure") times the share of wrong ones; the lowest
threshold that would hold the confidently-wrong rate to ``--target`` on every set is printed
beside it, with what it costs.
The foreign-dev and BBC rows are weighted so that together they count as much as PolNeAR's
(they are the news the tool is for). The report parts are never read here. ``--write``
stores the model; otherwise it only prints. ``--without`` leaves a feature out of the fit, to
measure what it brings (a new feature is kept only if the report parts say so).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

try:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
except ImportError as missing:  # a development tool: say how to get it, not a traceback
    raise SystemExit(f"tools/train_confidence.py needs the [train] extra: pip install -e '.[train]' "
                     f"({missing})") from None

from briefings.extract import confidence, extract_quotes, ranker
from briefings.extract.evaluate import load_gold, normalise_quote, quotes_match, same_speaker
from briefings.extract.foreign_dev import load_split as foreign_split
from briefings.extract.polnear import load_corpus, load_split

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MODEL = ROOT / "briefings" / "extract" / "confidence_model.json"

Row = tuple[dict[str, float] | None, bool]  # (features, right); None: no speaker to weigh


def _extract(text: str) -> tuple[list, dict[int, dict[str, float]]]:
    seen: dict[int, dict[str, float]] = {}
    confidence.OBSERVERS.append(lambda quote, found: seen.__setitem__(id(quote), found))
    try:
        return extract_quotes(text), seen
    finally:
        confidence.OBSERVERS.clear()


def named_rows(gold_path: Path, articles: Path, only: set[str] | None) -> list[Row]:
    rows: list[Row] = []
    for name, items in sorted(load_gold(gold_path).items()):
        if only is not None and name not in only:
            continue
        found, seen = _extract((articles / name).read_text(encoding="utf-8"))
        for item in items:
            target = normalise_quote(item["quote"])
            match = next((q for q in found if normalise_quote(q.quote) == target), None)
            if match is not None:
                found.remove(match)
                rows.append((seen.get(id(match)) if match.speaker else None,
                             same_speaker(match.speaker, item["speaker"])))
    return rows


def polnear_rows() -> list[Row]:
    split = load_split()
    corpus = load_corpus(SHARED / "corpora" / "polnear-train", sorted(n for n, p in split.items() if p == "dev"))
    rows: list[Row] = []
    for _, (text, gold) in sorted(corpus.items()):
        found, seen = _extract(text)
        for item in gold:
            match = next((q for q in found if quotes_match(q, item)), None)
            if match is None:
                continue
            found.remove(match)
            if not item.sources:
                continue
            span = (match.speaker_start, match.speaker_end)
            right = span[0] is not None and any(min(span[1], e) > max(span[0], s) for s, e in item.sources)
            rows.append((seen.get(id(match)) if match.speaker else None, right))
    return rows


def wrong_rate(rows: list[Row], probabilities: list[float | None], threshold: float) -> tuple[float, float]:
    """(confidently wrong, speaker accuracy) over matched quotes at ``threshold``."""
    named = [(right, p) for (_, right), p in zip(rows, probabilities, strict=True) if p is not None and p >= threshold]
    wrong = sum(not right for right, _ in named)
    return wrong / len(rows), sum(right for right, _ in named) / len(rows)


def _utility(rows: list[Row], probabilities: list[float | None], threshold: float, cost: float) -> float:
    """Right names minus ``cost`` times wrong ones, as shares of a set's matched quotes."""
    wrong, right = wrong_rate(rows, probabilities, threshold)
    return right - cost * wrong


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--target", type=float, default=0.03)
    parser.add_argument("--cost", type=float, default=2.0, help="a wrong name costs this many abstentions")
    parser.add_argument("--ranker", choices=["off", "choose", "dispute"], default=ranker.MODE,
                        help="how the speaker ranker is used while the features are collected "
                             f"(default: as shipped, {ranker.MODE!r})")
    parser.add_argument("--without", action="append", default=[], metavar="FEATURE",
                        help="leave a feature out of the fit (repeatable): to measure what it brings")
    args = parser.parse_args()
    ranker.MODE = args.ranker
    if not SHARED.exists():
        sys.exit(f"{SHARED} is not there: the corpora live in ../shared beside the repository")
    confidence.THRESHOLD = 0.0  # name every speaker: the model learns which names are right
    foreign = SHARED / "corpora" / "foreign-dev"
    dev_names = {n for n, p in foreign_split().items() if p == "dev"}
    sets = {"polnear-dev": polnear_rows(),
            "foreign-dev": named_rows(foreign / "gold.jsonl", foreign / "articles", dev_names),
            "bbc": named_rows(SHARED / "dev-quotes" / "gold.jsonl", SHARED / "dev-quotes" / "articles", None)}
    names = sorted({k for rows in sets.values() for found, _ in rows if found for k in found} - set(args.without))
    x, y, w = [], [], []
    others = sum(1 for key in ("foreign-dev", "bbc") for f, _ in sets[key] if f)
    polnear = sum(1 for f, _ in sets["polnear-dev"] if f)
    for key, rows in sets.items():
        weight = 1.0 if key == "polnear-dev" else polnear / others
        for found, right in rows:
            if found:
                x.append([found.get(n, 0.0) for n in names])
                y.append(right)
                w.append(weight)
    fit = LogisticRegression(C=1.0, max_iter=5000).fit(np.array(x), np.array(y), sample_weight=np.array(w))
    weights = {n: round(float(c), 4) for n, c in zip(names, fit.coef_[0], strict=True)}
    intercept = round(float(fit.intercept_[0]), 4)
    confidence.model.cache_clear()
    probabilities = {key: [None if f is None else _probability(intercept, weights, f) for f, _ in rows]
                     for key, rows in sets.items()}
    strict = next(t / 100 for t in range(0, 100)
                  if all(wrong_rate(sets[k], probabilities[k], t / 100)[0] <= args.target for k in sets))
    threshold = max((t / 100 for t in range(0, 100)),
                    key=lambda t: (sum(_utility(sets[k], probabilities[k], t, args.cost) for k in sets), -t))
    print(f"lowest threshold with confidently wrong <= {args.target} on every set: {strict:.2f}; "
          f"threshold at a wrong name costing {args.cost} abstentions: {threshold:.2f}")
    for t in sorted({0.0, 0.5, strict, threshold}):
        print(f"threshold {t:.2f}: " + "; ".join(
            f"{k} wrong {wrong_rate(sets[k], probabilities[k], t)[0]:.3f} "
            f"speaker {wrong_rate(sets[k], probabilities[k], t)[1]:.3f} (n {len(sets[k])})" for k in sets))
    print(json.dumps(weights, indent=1))
    if args.write:
        data = {"about": "speaker confidence: logistic weights fitted by tools/train_confidence.py on the "
                         "PolNeAR dev part, the foreign-dev dev part and the BBC set; see docs/extraction.md",
                "threshold": threshold, "intercept": intercept, "weights": weights}
        MODEL.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written {MODEL}")


def _probability(intercept: float, weights: dict[str, float], found: dict[str, float]) -> float:
    score = intercept + sum(weights.get(k, 0.0) * v for k, v in found.items())
    return float(1 / (1 + np.exp(-score)))


if __name__ == "__main__":
    main()
