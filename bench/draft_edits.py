"""Edits an analyst needs to make to a draft, counted against the foreign-dev gold.

    python bench/draft_edits.py [--split FILE] [--articles 02.txt 04.txt ...] [--show] [--gold-party]

Each article is drafted as ``briefings draft`` drafts it (no briefing to merge into), and the
draft's parties and quotes are compared with the gold's ``speaker`` and ``party``. What counts
as one edit (the method in docs/drafting.md):

- a quote filed under a party that is not a gold quote (spurious): delete it;
- a gold quote filed under a party whose gold party is another: move it;
- a quote under a person whose name is not the gold speaker's: change the speaker;
- a party whose name (or short name or alias) is not the gold party its quotes belong to:
  rename it; a second party for the same gold party: merge it; a party with no gold quote: delete.

Not counted, and reported beside: the REVIEW judgement fields (stance, summary, likelihood…,
every line marked REVIEW), quotes the draft put under review (the analyst files them), and gold
quotes the extractor missed (the analyst adds them). The split is the extractor's committed one
(``briefings/extract/foreign_dev_split.txt``) or ``--split FILE`` (lines ``part<TAB>article``);
without either, every article counts as one part. ``--gold-party`` gives each extracted quote
the gold ``party`` of the gold quote it matches, as an extractor that named every party right
would: an upper bound on what the extractor's ``party`` can bring, never a score. Needs
``../shared`` beside the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from briefings.drafting.actors import UNDER_REVIEW
from briefings.drafting.infer import draft
from briefings.errors import BriefingError
from briefings.sameitem import name_key

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "foreign-dev"


def _same_quote(a: str, b: str) -> bool:
    a, b = name_key(a).strip(" ,.;:"), name_key(b).strip(" ,.;:")
    short, long_ = sorted((a, b), key=len)
    return bool(short) and short in long_ and len(short) >= 0.8 * len(long_)


def _same_speaker(drafted: str, gold: str) -> bool:
    d, g = name_key(drafted), name_key(gold)
    return bool(d) and (d == g or d.split()[-1] == g.split()[-1] or d in g or g in d)


def _with_gold_party(gold: list[dict[str, Any]]) -> Any:
    """``extract_quotes`` whose quotes carry the party of the gold quote they match."""
    from briefings.extract import extract_quotes

    def extract(text: str) -> list[Any]:
        quotes = extract_quotes(text)
        for quote in quotes:
            row = next((r for r in gold if _same_quote(quote.quote, r["quote"])), None)
            if row is not None and quote.speaker:
                quote.party = row["party"]  # type: ignore[attr-defined]
        return quotes
    return extract


def count_edits(article: Path, gold: list[dict[str, Any]], *, gold_party: bool = False) -> dict[str, int]:
    """The edits one article's draft needs (see the module docstring), by kind."""
    import briefings.drafting.infer as infer

    counts: Counter[str] = Counter()
    real = infer.extract_quotes
    infer.extract_quotes = _with_gold_party(gold) if gold_party else real  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as scratch:
        try:
            tree = draft(article, Path(scratch) / "d.yaml", today=dt.date(2000, 1, 1)).tree
        except BriefingError:
            counts["missed"] += len(gold)
            return dict(counts)
        finally:
            infer.extract_quotes = real  # type: ignore[assignment]
    matched: set[int] = set()
    labels: dict[str, Counter[str]] = defaultdict(Counter)
    for party in tree["parties"]:
        people = {str(p["id"]): str(p["name"]) for p in party.get("people", []) or []}
        for quote in party.get("quotes", []) or []:
            hit = next((i for i, row in enumerate(gold) if i not in matched
                        and _same_quote(quote["text"], row["quote"])), None)
            if party["name"] == UNDER_REVIEW[0]:
                counts["under review"] += 1
                matched.update([] if hit is None else [hit])
                continue
            if hit is None:
                counts["delete spurious quote"] += 1
                continue
            matched.add(hit)
            labels[str(party["id"])][name_key(gold[hit]["party"])] += 1
            speaker = people.get(str(quote["speaker"]))
            if speaker is not None and not _same_speaker(speaker, gold[hit]["speaker"]):
                counts["change speaker"] += 1
    _party_edits(tree, labels, counts)
    counts["missed"] += len(gold) - len(matched)
    return dict(counts)


def _party_edits(tree: Any, labels: dict[str, Counter[str]], counts: Counter[str]) -> None:
    taken: set[str] = set()
    for party in tree["parties"]:
        if party["name"] == UNDER_REVIEW[0]:
            continue
        votes = labels.get(str(party["id"]))
        if not votes:
            counts["delete party"] += 1
            continue
        label, _ = votes.most_common(1)[0]
        counts["move quote"] += sum(votes.values()) - votes[label]
        names = {name_key(party.get(k)) for k in ("name", "short_name")} | {name_key(a) for a in party.get("aliases", []) or []}
        if label in taken:
            counts["merge party"] += 1
        elif label not in names:
            counts["rename party"] += 1
        taken.add(label)


def load_split(path: Path | None) -> dict[str, str]:
    if path is None:
        try:
            from briefings.extract.foreign_dev import load_split as committed  # type: ignore[import-not-found]
        except ImportError:
            return {}
        return dict(committed())
    rows = (line.split() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#"))
    return {name: part for part, name in rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", type=Path, default=None)
    parser.add_argument("--articles", nargs="*", default=None)
    parser.add_argument("--show", action="store_true", help="print each article's edits by kind")
    parser.add_argument("--gold-party", action="store_true", help="quotes carry their gold party (an upper bound)")
    args = parser.parse_args(argv)
    gold: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in (CORPUS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        gold[row["article"]].append(row)
    names = args.articles or sorted(gold)
    split = load_split(args.split)
    per_part: dict[str, list[tuple[str, dict[str, int]]]] = defaultdict(list)
    for name in names:
        edits = count_edits(CORPUS / "articles" / name, gold[name], gold_party=args.gold_party)
        per_part[split.get(name, "all")].append((name, edits))
    for part, rows in sorted(per_part.items()):
        fixed = [sum(n for k, n in e.items() if k not in ("missed", "under review")) for _, e in rows]
        total: Counter[str] = Counter()
        for _, edits in rows:
            total.update(edits)
        print(f"{part}: {len(rows)} articles, {sum(fixed)} edits, {sum(fixed) / len(rows):.2f} per article; "
              f"under review {total['under review']}, missed {total['missed']}")
        print("   by kind: " + ", ".join(f"{k} {n}" for k, n in sorted(total.items())
                                         if k not in ("missed", "under review")))
        if args.show:
            for (name, edits), n in zip(rows, fixed, strict=True):
                print(f"   {name}: {n}  {edits}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
