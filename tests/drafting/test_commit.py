"""``draft`` and ``draft --into`` write a briefing all at once or not at all: never an invalid
briefing on disk, never the archived article through a linked ``sources/`` folder."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from briefings.cli.app import main
from briefings.drafting.commit import replace_validated
from briefings.errors import ValidationFailed
from tests.conftest import SEEDS

BRIEFING = "us-turkey-caatsa-sanctions.yaml"
ARTICLE = ('Talks resume in Geneva\n\n"We are ready to sit down again without conditions," '
           "said Ana Ruiz, a spokeswoman for the Spanish Foreign Ministry.\n")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "talks.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def link_sources(workspace: Path) -> None:
    sources = workspace / "seeds" / "sources"
    (workspace / "elsewhere" / "sources").mkdir()
    sources.symlink_to(workspace / "elsewhere" / "sources", target_is_directory=True)


@pytest.mark.parametrize("into", [True, False])
def test_a_linked_sources_folder_is_never_written_through(workspace: Path, into: bool,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    link_sources(workspace)
    before = snapshot(workspace / "elsewhere")
    briefing_before = (workspace / "seeds" / BRIEFING).read_bytes()
    args = ["--into", str(workspace / "seeds" / BRIEFING)] if into else ["-o", str(workspace / "seeds" / "new.yaml")]
    assert main(["draft", str(workspace / "talks.txt"), *args]) == 1
    assert "is a symbolic link" in capsys.readouterr().err
    assert snapshot(workspace / "elsewhere") == before
    assert (workspace / "seeds" / BRIEFING).read_bytes() == briefing_before
    assert not (workspace / "seeds" / "new.yaml").exists()


def test_a_linked_archive_name_is_never_written_through(workspace: Path) -> None:
    victim = workspace / "elsewhere" / "victim.txt"
    victim.write_text("keep me", encoding="utf-8")
    (workspace / "seeds" / "sources").mkdir()
    (workspace / "seeds" / "sources" / "talks.txt").symlink_to(victim)
    briefing_before = (workspace / "seeds" / BRIEFING).read_bytes()
    assert main(["draft", str(workspace / "talks.txt"), "--into", str(workspace / "seeds" / BRIEFING)]) == 1
    assert victim.read_text(encoding="utf-8") == "keep me"
    assert (workspace / "seeds" / BRIEFING).read_bytes() == briefing_before


def test_an_archive_with_other_text_stops_the_merge_before_any_write(workspace: Path) -> None:
    (workspace / "seeds" / "sources").mkdir()
    (workspace / "seeds" / "sources" / "talks.txt").write_text("other words", encoding="utf-8")
    before = snapshot(workspace / "seeds")
    assert main(["draft", str(workspace / "talks.txt"), "--into", str(workspace / "seeds" / BRIEFING)]) == 1
    assert snapshot(workspace / "seeds") == before


def test_a_briefing_that_would_not_validate_is_never_written(workspace: Path) -> None:
    briefing = workspace / "seeds" / BRIEFING
    original = briefing.read_bytes()
    broken = original.replace(b"speaker: mike-pompeo", b"speaker: nobody-known", 1)
    archive = workspace / "seeds" / "sources" / "new.txt"
    with pytest.raises(ValidationFailed) as failed:
        replace_validated(briefing, broken, (archive, b"article text"))
    assert briefing.read_bytes() == original
    assert not archive.exists()  # the archive made for the edit is taken back
    assert all(str(issue.path) == str(briefing) for issue in failed.value.issues)
    assert any("nobody-known" in issue.message for issue in failed.value.issues)
    assert not [p for p in briefing.parent.iterdir() if p.name.startswith(".briefings-tmp-")]


def test_a_valid_merge_replaces_the_briefing_and_archives_the_article(workspace: Path) -> None:
    briefing = workspace / "seeds" / BRIEFING
    assert main(["draft", str(workspace / "talks.txt"), "--into", str(briefing)]) == 0
    assert (workspace / "seeds" / "sources" / "talks.txt").read_text(encoding="utf-8") == ARTICLE
    assert b"without conditions" in briefing.read_bytes()
    assert main(["validate", str(briefing)]) == 0
