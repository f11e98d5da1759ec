"""The foreign-dev split and the scores it is reported with (confidently wrong, abstention,
party accuracy)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefings.extract.evaluate import evaluate, total
from briefings.extract.foreign_dev import DEV_ARTICLES, load_split, make_split

SHARED = Path(__file__).resolve().parents[3] / "shared" / "corpora" / "foreign-dev"


def test_the_committed_split_is_the_drawn_one() -> None:
    names = [f"{n:02d}.txt" for n in range(1, 41)]
    assert load_split() == make_split(names)
    assert sum(part == "dev" for part in load_split().values()) == DEV_ARTICLES


def test_the_split_is_drawn_over_the_articles_the_corpus_has() -> None:
    if not SHARED.exists():
        import pytest
        pytest.skip("../shared/corpora/foreign-dev is not beside the repository")
    assert set(load_split()) == {p.name for p in (SHARED / "articles").glob("*.txt")}


def test_confidently_wrong_abstention_and_party_are_counted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        'Russian Foreign Minister Ivan Petrakov said: "We will answer in kind soon."\n'
        '"This is a matter for the courts," said Tomas Brelling.\n'
        'The statement said "both sides will meet again in May".\n', encoding="utf-8")
    rows = [
        {"article": "a.txt", "quote": "We will answer in kind soon.", "speaker": "Ivan Petrakov", "party": "Russia"},
        {"article": "a.txt", "quote": "This is a matter for the courts,", "speaker": "Anna Veld", "party": "Lithuania"},
        {"article": "a.txt", "quote": "both sides will meet again in May", "speaker": "Kremlin", "party": "Russia"},
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    score = total(evaluate(gold, tmp_path))
    assert (score.matched, score.speakers_right, score.speakers_wrong, score.abstained) == (3, 1, 1, 1)
    assert abs(score.confidently_wrong - 1 / 3) < 1e-9 and abs(score.abstention - 1 / 3) < 1e-9
    assert (score.parties_scored, score.parties_right, score.parties_wrong) == (3, 1, 0)


def test_quotes_table_shows_party_confidence_and_evidence(tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    from briefings.cli.app import EXIT_OK, main
    article = tmp_path / "a.txt"
    article.write_text('"We will answer in kind soon," Russian Foreign Minister Ivan Petrakov said.\n',
                       encoding="utf-8")
    assert main(["quotes", str(article)]) == EXIT_OK
    row = json.loads(capsys.readouterr().out.splitlines()[0])
    assert row["party"] == "Russia" and row["confidence"] >= 0.9 and "Ivan Petrakov" in row["evidence"]
    assert main(["quotes", str(article), "--format", "table"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Russia" in out and f"{row['confidence']:.2f}" in out and "cue" in out
