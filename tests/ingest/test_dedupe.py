"""Issue 20, point 12: zero-width characters and lookalike letters do not make a republished
article look new, nor bring back a quote the analyst rejected."""

from __future__ import annotations

from pathlib import Path

from briefings.api import load_briefing
from tests.ingest.test_run import BRIEFING, FEEDS, reject, run, workspace

ZERO_WIDTH = "\u200b"
#: Latin letter → the Cyrillic or Greek letter drawn like it
LOOKALIKE = {"a": "\u0430", "e": "\u0435", "o": "\u03bf", "c": "\u0441"}


def disguised(text: str) -> str:
    """``text`` with a zero-width space inside every fifth word and lookalike letters."""
    words = text.split(" ")
    words = [w[:2] + ZERO_WIDTH + w[2:] if i % 5 == 0 and len(w) > 3 else w for i, w in enumerate(words)]
    return " ".join(words).translate(str.maketrans(LOOKALIKE))


def test_a_disguised_copy_of_an_archived_article_is_a_duplicate(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    text = (FEEDS / "ankara-answer.txt").read_text(encoding="utf-8")
    (inbox / "first.txt").write_text(text, encoding="utf-8")
    assert run(tmp_path).articles == 1
    headline, body = text.split("\n", 1)
    (inbox / "again.txt").write_text(f"{headline}\n{disguised(body)}", encoding="utf-8")
    second = run(tmp_path)
    assert (second.articles, second.duplicates, second.problems) == (0, 1, [])


def test_a_disguised_rejected_quote_is_not_proposed_again(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    (inbox / "ankara.txt").write_bytes((FEEDS / "ankara-answer.txt").read_bytes())
    run(tmp_path)
    words = "We will respond to these sanctions in kind and without delay"
    reject(tmp_path, words)
    (inbox / "later.txt").write_text(
        "Minister repeats the warning\nTurkish Foreign Minister Mevlut Cavusoglu spoke again on Friday "
        f"in Antalya about the row. \"{disguised(words)},\" Cavusoglu said. Turkish Foreign Minister "
        "Mevlut Cavusoglu also said that talks with Washington \"remain possible if the sanctions are "
        "lifted\" next year.\n", encoding="utf-8")
    report = run(tmp_path)
    assert report.articles == 1, report.problems
    texts = [q.text for p in load_briefing(tmp_path / BRIEFING).parties for q in p.quotes]
    assert "remain possible if the sanctions are lifted" in texts  # the article was drafted
    assert not [t for t in texts if "delay" in t and t != words], texts  # the disguised copy is left out
