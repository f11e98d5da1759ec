"""Issue 20, point 10: the sentence splitter is linear on abbreviations and stops, and drafting
in ingest has a time budget.

No speed is asserted: each hostile text must be split within a generous bound that the
quadratic splitter overran many times over ("U.S. " × 24,000 and a paragraph of ellipses took
minutes); bench/ingest_limits.py measures the times.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from briefings.extract.sentences import MAX_STOPS_PER_CALL, split_sentences
from tests.conftest import SEEDS

BOUND = 90  # seconds: a guard against a hang, far above what a linear splitter needs

HOSTILE_PARAGRAPHS = {
    "U.S. × 24,000": "U.S. " * 24_000,
    "one-letter abbreviations": "a. " * 40_000,
    "ellipses and nothing after": "... " * 30_000,
    "titles": "Dr. " * 30_000,
    "ellipsis characters": "… x" * 40_000,
}


@pytest.mark.timeout(BOUND)
@pytest.mark.parametrize("text", HOSTILE_PARAGRAPHS.values(), ids=HOSTILE_PARAGRAPHS.keys())
def test_a_paragraph_of_stops_is_split_in_bounded_time(text: str) -> None:
    sentences = split_sentences(text)
    assert sentences and sentences[0].start == 0 and sentences[-1].end == len(text.rstrip())


def test_a_long_paragraph_is_split_as_before_around_the_pieces() -> None:
    """A paragraph with many more stops than one call to pysbd takes: every sentence found,
    none cut inside an abbreviation."""
    sentence = "Officials in the U.S. said the vote was close. "
    paragraph = sentence * (3 * MAX_STOPS_PER_CALL)
    found = [paragraph[s.start:s.end] for s in split_sentences(paragraph)]
    assert found == [sentence.strip()] * (3 * MAX_STOPS_PER_CALL)


def test_a_short_paragraph_is_unchanged() -> None:
    text = "Sen. Ann Cole spoke first. The U.S. delegation left. They said nothing."
    assert [text[s.start:s.end] for s in split_sentences(text)] == [
        "Sen. Ann Cole spoke first.", "The U.S. delegation left.", "They said nothing."]


NOW = dt.datetime(2020, 12, 17, 6, 30, tzinfo=dt.UTC)
BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"


def test_drafting_in_ingest_has_a_time_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Drafting runs in the ingest worker: over its budget it is stopped, the article is not
    archived and the briefing is left as it was; the next run (within the budget) drafts it."""
    from briefings.ingest import archive
    from briefings.ingest.run import ingest
    from briefings.load.toml import load_config

    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "briefings.toml").write_text(f'[[inputs]]\nbriefing = "{BRIEFING}"\ninbox = "inbox"\n',
                                             encoding="utf-8")
    (tmp_path / "inbox").mkdir()
    lines = [f'"We will answer the measure in round {n}," said Minister Ayla Demir in Ankara.' for n in range(200)]
    (tmp_path / "inbox" / "long.txt").write_text("Ministers answer\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    before = (tmp_path / BRIEFING).read_bytes()
    monkeypatch.setattr(archive, "DRAFT_SECONDS", 0.05)
    report = ingest(load_config(tmp_path / "briefings.toml"), now=NOW)
    assert report.articles == 0
    assert any("long.txt: drafting the article took longer than its budget of 0.05 s (the drafting budget)" in p
               and "tried again next run" in p for p in report.problems), report.problems
    assert (tmp_path / BRIEFING).read_bytes() == before
    assert not (tmp_path / "seeds" / "sources" / "ministers-answer.txt").exists()
    monkeypatch.setattr(archive, "DRAFT_SECONDS", 120.0)
    again = ingest(load_config(tmp_path / "briefings.toml"), now=NOW)
    assert again.articles == 1, again.problems
