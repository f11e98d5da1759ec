"""Fit the speaker ranker (``briefings/extract/ranker_model.json``) on the development parts.

    python tools/train_ranker.py [--write]

Runs the extractor on the PolNeAR dev part, the foreign-dev dev part and the BBC set (all in
``../shared``) and records, for every matched quote the rules gave a mention, the ranker's
candidates and their features (``briefings.extract.ranker.features``). A candidate is labelled
right when it overlaps a gold Source span (PolNeAR) or resolves to the gold speaker (foreign-dev,
BBC). Quotes with no right candidate teach nothing about the choice and are left out. A logistic
regression over the candidates (scikit-learn, a development dependency only; deterministic) gives
the weights; the foreign-dev and BBC quotes are weighted so that together they count as much as
PolNeAR's. It prints how often the ranker's best candidate is right beside the rules' choice, per
set. The report parts are never read here. ``--write`` stores the model; otherwise it only prints.
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
    raise SystemExit(f"tools/train_ranker.py needs the [train] extra: pip install -e '.[train]' "
                     f"({missing})") from None

from briefings.extract import ranker
from briefings.extract.article import Article
from briefings.extract.evaluate import load_gold, normalise_quote, quotes_match, same_speaker
from briefings.extract.foreign_dev import load_split as foreign_split
from briefings.extract.mention import Mention
from briefings.extract.polnear import load_corpus, load_split
from briefings.extract.reading import attribute
from briefings.extract.resolve import Resolver
from briefings.extract.spans import MIN_WORDS, Quote, find_quote_spans, is_reported_speech

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MODEL = ROOT / "briefings" / "extract" / "ranker_model.json"

Candidates = list[tuple[Mention, dict[str, float]]]
Group = list[tuple[dict[str, float], bool]]  # one quote's candidates: (features, right)
Sets = dict[str, list[tuple[str, Group]]]  # set -> (article, group) in reading order


def _extract(text: str) -> tuple[list[Quote], dict[int, Candidates], Resolver]:
    """The extractor's steps (as ``extract_quotes``, without parties), with every quote's
    candidates and the resolver, so that candidates can be named after the reading."""
    seen: dict[int, Candidates] = {}
    ranker.OBSERVERS.append(lambda quote, scored: seen.__setitem__(id(quote), scored))
    try:
        spans = find_quote_spans(text)
        quotes = [q for q in (Quote(text[s:e], s, e) for s, e in spans) if is_reported_speech(q.quote, MIN_WORDS)]
        resolver = attribute(Article(text, spans), quotes)
        return quotes, seen, resolver
    finally:
        ranker.OBSERVERS.clear()


def named_groups(gold_path: Path, articles: Path, only: set[str] | None) -> list[tuple[str, Group]]:
    """Candidates labelled by name: right when the candidate resolves to the gold speaker."""
    groups: list[tuple[str, Group]] = []
    for name, items in sorted(load_gold(gold_path).items()):
        if only is not None and name not in only:
            continue
        found, seen, resolver = _extract((articles / name).read_text(encoding="utf-8"))
        for item in items:
            target = normalise_quote(item["quote"])
            match = next((q for q in found if normalise_quote(q.quote) == target), None)
            if match is None:
                continue
            found.remove(match)
            groups.append((name, [(f, same_speaker(resolver.canonical(m, match.start), item["speaker"]))
                                  for m, f in seen.get(id(match), [])]))
    return groups


def polnear_groups() -> list[tuple[str, Group]]:
    """Candidates labelled by span: right when the candidate overlaps a gold Source."""
    split = load_split()
    corpus = load_corpus(SHARED / "corpora" / "polnear-train", sorted(n for n, p in split.items() if p == "dev"))
    groups: list[tuple[str, Group]] = []
    for article, (text, gold) in sorted(corpus.items()):
        found, seen, _ = _extract(text)
        for item in gold:
            match = next((q for q in found if quotes_match(q, item)), None)
            if match is None:
                continue
            found.remove(match)
            if item.sources:
                groups.append((article, [(f, any(min(m.end, e) > max(m.start, s) for s, e in item.sources))
                                         for m, f in seen.get(id(match), [])]))
    return groups


def _pairs(group: Group, names: list[str]) -> list[list[float]]:
    """Feature differences of every right candidate against every wrong one: a pairwise
    (conditional) logistic model learns which of two candidates is the speaker's, not whether a
    mention is a speaker anywhere in the article."""
    right = [[f.get(n, 0.0) for n in names] for f, r in group if r]
    wrong = [[f.get(n, 0.0) for n in names] for f, r in group if not r]
    return [[a - b for a, b in zip(good, bad, strict=True)] for good in right for bad in wrong]


def _top_right(group: Group, weights: dict[str, float] | None) -> bool:
    """Whether the best candidate is right: the rules' choice when ``weights`` is None."""
    if not group:
        return False  # the rules gave no mention: nothing to review
    if weights is None:
        return next((right for f, right in group if f.get("rules' choice")), False)
    best = max(range(len(group)), key=lambda k: (sum(weights.get(n, 0.0) * v for n, v in group[k][0].items()), -k))
    return group[best][1]


def fit(sets: Sets, names: list[str], c: float) -> dict[str, float]:
    """Pairwise logistic weights over the quotes whose candidates hold a right and a wrong one."""
    polnear = sum(_useful(g) for _, g in sets.get("polnear-dev", []))
    others = sum(_useful(g) for key, groups in sets.items() if key != "polnear-dev" for _, g in groups)
    x, y, w = [], [], []
    for key, groups in sets.items():
        weight = 1.0 if key == "polnear-dev" else polnear / max(others, 1)
        for _, group in groups:
            pairs = _pairs(group, names) if _useful(group) else []
            for difference in pairs:  # right minus wrong: 1; wrong minus right: 0
                x.extend([difference, [-v for v in difference]])
                y.extend([1, 0])
                w.extend([weight / len(pairs)] * 2)  # each quote counts once, however many pairs
    model = LogisticRegression(C=c, fit_intercept=False, max_iter=5000).fit(
        np.array(x), np.array(y), sample_weight=np.array(w))
    return {n: round(float(k), 4) for n, k in zip(names, model.coef_[0], strict=True)}


def _useful(group: Group) -> bool:
    """Whether the quote teaches a choice: it has a right candidate and a wrong one."""
    return any(r for _, r in group) and not all(r for _, r in group)


def cross_validated(sets: Sets, names: list[str], c: float, folds: int = 5) -> dict[str, int]:
    """Best candidate right per set, each article's quotes ranked by weights fitted without that
    article (articles dealt to ``folds`` folds in sorted order): the figure to compare with the
    rules, since the weights fitted on all of the dev parts have seen every quote."""
    articles = sorted({(key, a) for key, groups in sets.items() for a, _ in groups})
    fold_of = {article: k % folds for k, article in enumerate(articles)}
    right = dict.fromkeys(sets, 0)
    for fold in range(folds):
        train = {key: [(a, g) for a, g in groups if fold_of[(key, a)] != fold] for key, groups in sets.items()}
        weights = fit(train, names, c)
        for key, groups in sets.items():
            right[key] += sum(_top_right(g, weights) for a, g in groups if fold_of[(key, a)] == fold)
    return right


def report(sets: Sets, weights: dict[str, float], held_out: dict[str, int]) -> None:
    for key, groups in sets.items():
        rules = sum(_top_right(g, None) for _, g in groups)
        ranked = sum(_top_right(g, weights) for _, g in groups)
        print(f"{key}: {len(groups)} quotes; best candidate right: rules {rules}, ranker {ranked} "
              f"(cross-validated by article {held_out[key]}); some candidate right: "
              f"{sum(any(r for _, r in g) for _, g in groups)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--write", action="store_true", help="store the model (otherwise only print)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--independent", action="store_true",
                        help="leave out the fact 'the rules chose it': an opinion of the ranker's own")
    args = parser.parse_args()
    if not SHARED.exists():
        sys.exit(f"{SHARED} is not there: the corpora live in ../shared beside the repository")
    ranker.MODE = "off"  # candidates and features only: the rules' choice is what is reviewed
    foreign = SHARED / "corpora" / "foreign-dev"
    dev_names = {n for n, p in foreign_split().items() if p == "dev"}
    sets: Sets = {"polnear-dev": polnear_groups(),
                  "foreign-dev": named_groups(foreign / "gold.jsonl", foreign / "articles", dev_names),
                  "bbc": named_groups(SHARED / "dev-quotes" / "gold.jsonl", SHARED / "dev-quotes" / "articles", None)}
    names = sorted({n for groups in sets.values() for _, g in groups for f, _ in g for n in f})
    if args.independent:
        names.remove("rules' choice")
    weights = fit(sets, names, args.c)
    report(sets, weights, cross_validated(sets, names, args.c))
    print(json.dumps(weights, indent=1))
    if args.write:
        data = {"about": "speaker ranker: pairwise logistic weights over candidate mentions, fitted by "
                         "tools/train_ranker.py on the PolNeAR dev part, the foreign-dev dev part and the "
                         "BBC set; see docs/extraction.md",
                "weights": weights}
        MODEL.write_text(json.dumps(data, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written {MODEL}")


if __name__ == "__main__":
    main()
