"""Issue 20, point 12: many misquotes of a long source do not make ``validate`` take minutes.

Looking for a misquote's closest passage is the slow part (up to half a second on a long
source; 240 misquotes took 128 s), so only the first MAX_CLOSEST_PASSAGES misquotes of a
briefing get one; every misquote is still reported, in file order. No speed is asserted: the
run must end within a generous bound.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CASES

from briefings.cli.app import main
from briefings.validation.provenance import MAX_CLOSEST_PASSAGES

MISQUOTES = 240


@pytest.mark.timeout(100)  # a bound on a hang (it took 128 s), not a speed test
def test_many_misquotes_of_a_long_source_are_all_reported_in_bounded_time(tmp_path: Path, capsys) -> None:
    shutil.copytree(CASES / "valid", tmp_path / "b")
    article = tmp_path / "b" / "article.txt"
    sentences = [f"Delegates from region {n} asked for more time to study the measure in committee."
                 for n in range(2500)]  # about 200 KB
    article.write_text('Person A said: "We will never accept this measure"\n' + " ".join(sentences) + "\n",
                       encoding="utf-8")
    briefing = tmp_path / "b" / "minimal.yaml"
    quotes = "".join(f"      - text: Delegates from region {n} wanted to vote on the measure today\n"
                     "        speaker: person-a\n        source: article\n" for n in range(MISQUOTES))
    text = briefing.read_text(encoding="utf-8")
    briefing.write_text(text.replace("    quotes:\n", "    quotes:\n" + quotes, 1), encoding="utf-8")
    assert main(["validate", str(briefing)]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "quote not found in source 'article'" in line]
    assert len(lines) == MISQUOTES
    with_passage = [line for line in lines if "closest passage (line" in line]
    assert len(with_passage) == MAX_CLOSEST_PASSAGES
    assert f"{briefing}:" in lines[0] and "parties[0].quotes[0].text" in lines[0]
    assert "Delegates from region 0 asked" in lines[0]  # the first ones get their passage
    assert lines[-1].endswith(f"(no closest passage: only the first {MAX_CLOSEST_PASSAGES} misquotes "
                              "of a briefing are given one)")
