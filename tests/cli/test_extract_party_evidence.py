"""``briefings quotes`` writes each party's evidence: a field of the JSON lines (serialised by
json, so any text survives) and a column of the table. The sentences are written for the test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefings.cli.app import EXIT_OK, main

ARTICLE = ('"We will answer in kind soon," Russian Deputy Foreign Minister Pavel Orlik said.\n\n'
           '"I saw the \\"whole\\" thing from my window," said Tomas Brelling.\n')


@pytest.fixture()
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_jsonl_carries_the_evidence_of_a_party_and_the_reason_of_a_null_one(
        article: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(article)]) == EXIT_OK
    first, second = (json.loads(line) for line in capsys.readouterr().out.splitlines())
    assert (first["party"], first["party_reason"]) == ("Russia", None)
    assert first["party_evidence"] == "the title in the mention: 'Russian Deputy Foreign Minister'"
    assert (second["party"], second["party_evidence"]) == (None, None)
    assert "Tomas Brelling" in second["party_reason"]


def test_the_table_shows_a_party_evidence_column(article: Path, capsys: pytest.CaptureFixture[str],
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "400")  # one line per row: the cells are not wrapped
    assert main(["quotes", str(article), "--format", "table"]) == EXIT_OK
    header, *rows = [line for line in capsys.readouterr().out.splitlines() if "│" in line or "┃" in line]
    assert "party evidence" in header
    assert "the title in the mention: 'Russian Deputy Foreign Minister'" in rows[0]
    assert "Tomas Brelling" in rows[1] and "—" in rows[1]  # no party, no evidence: its reason instead
