"""``briefings draft``: where a new draft goes when no folder is ready for it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.cli.app import EXIT_OK, EXIT_USER_ERROR, main

ARTICLE = ('Deputy Foreign Minister Anna Berg of Valdonia told reporters on Tuesday that the '
           'measures were "illegitimate and will be answered in kind."\n')


def test_the_default_folder_is_made_when_it_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["draft", "story.txt"]) == EXIT_OK
    assert (tmp_path / "seeds" / "story.yaml").is_file()
    assert (tmp_path / "seeds" / "sources" / "story.txt").read_text(encoding="utf-8") == ARTICLE
    assert "Traceback" not in capsys.readouterr().err


def test_a_missing_folder_given_with_output_is_named_and_nothing_is_written(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "story.txt").write_text(ARTICLE, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["draft", "story.txt", "-o", "nowhere/story.yaml"]) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert "nowhere" in err and "does not exist" in err and "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.txt"]


def test_a_failed_draft_leaves_no_empty_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["draft", "missing.txt"]) == EXIT_USER_ERROR
    assert not (tmp_path / "seeds").exists()
