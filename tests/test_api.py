"""The public API: ``import briefings`` and call it, as a script would."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import CASES, SEED_BRIEFING, SEEDS
from pypdf import PdfReader

import briefings

SEED_ARTICLE = SEEDS / "000_e1ef2b7ba22a4b2b.txt"


def test_the_public_names_are_functions_and_classes_not_modules() -> None:
    import types

    for name in briefings.__all__:
        value = getattr(briefings, name)
        assert not isinstance(value, types.ModuleType), name
    for name in ("build", "build_workspace", "validate", "load_briefing", "extract_quotes", "draft"):
        assert callable(getattr(briefings, name)) and getattr(briefings, name).__doc__


def test_load_briefing_returns_the_validated_model() -> None:
    briefing = briefings.load_briefing(SEED_BRIEFING)
    assert isinstance(briefing, briefings.Briefing)
    assert briefing.id == "us-turkey-caatsa-sanctions"
    assert sum(len(p.quotes) for p in briefing.parties) == 9


def test_load_briefing_raises_with_every_issue() -> None:
    with pytest.raises(briefings.ValidationFailed) as caught:
        briefings.load_briefing(CASES / "invalid" / "unknown_speaker.yaml")
    assert any("speaker" in issue.location for issue in caught.value.issues)
    assert all(issue.line > 0 for issue in caught.value.issues)


def test_validate_folders_and_files() -> None:
    result = briefings.validate([SEEDS])
    assert [b.id for b in result.briefings] == ["us-turkey-caatsa-sanctions"]
    assert result.paths == [SEED_BRIEFING]
    with pytest.raises(briefings.ValidationFailed):
        briefings.validate([CASES / "invalid" / "unknown_speaker.yaml"])


def test_build_writes_markdown_and_pdf(tmp_path: Path) -> None:
    events: list[briefings.ProgressEvent] = []
    report = briefings.build([SEED_BRIEFING], output=tmp_path / "out", progress=events.append)
    assert report.ok and report.built == [str(SEED_BRIEFING)]
    pdf = tmp_path / "out" / "us-turkey-caatsa-sanctions.pdf"
    assert "CAATSA" in PdfReader(pdf).pages[0].extract_text()
    assert (tmp_path / "out" / "us-turkey-caatsa-sanctions.md").read_text().startswith("#")
    assert [e.stage for e in events][-1] is briefings.Stage.BUILT
    assert events[-1].done == events[-1].total == 1


def test_build_workspace_follows_the_configuration(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "briefings.toml").write_text('briefings = ["seeds/*.yaml"]\noutput = "built"\n'
                                             'formats = ["md"]\n')
    report = briefings.build_workspace(tmp_path / "briefings.toml")
    assert report.ok
    assert sorted(p.name for p in (tmp_path / "built").iterdir() if not p.name.startswith(".")) == [
        "us-turkey-caatsa-sanctions", "us-turkey-caatsa-sanctions.md"]  # the .md and its figures


def test_extract_quotes_finds_speakers() -> None:
    quotes = briefings.extract_quotes('"We will not back down from this decision," '
                                      "Foreign Minister Ana Silva said on Monday.")
    assert len(quotes) == 1
    assert quotes[0].quote.startswith("We will not back down")
    assert quotes[0].speaker is not None and "Silva" in quotes[0].speaker


def test_draft_writes_a_valid_briefing_and_merges(tmp_path: Path) -> None:
    result = briefings.draft(SEED_ARTICLE, tmp_path / "story.yaml", briefing_id="story")
    assert result.path == tmp_path / "story.yaml"
    assert briefings.load_briefing(result.path).id == "story"
    again = briefings.draft(SEED_ARTICLE, into=result.path)
    assert not any(again.added.values())  # the same article adds nothing twice


def test_load_config_defaults_without_a_file(tmp_path: Path) -> None:
    config = briefings.load_config(root=tmp_path)
    assert config.path is None and config.settings.output == "output"


def test_every_public_name_loads_lazily_from_one_place() -> None:
    """``__all__`` and the lazy table name the same things, and importing the package loads
    none of the stages (a CLI start-up and a render worker pay only for what they use)."""
    import subprocess
    import sys

    assert set(briefings.__all__) - {"__version__"} == set(briefings._PUBLIC)
    for name, module in briefings._PUBLIC.items():
        assert getattr(briefings, name).__module__ == module, name
    assert briefings.errors.BriefingError is briefings.BriefingError  # submodules, as before
    probe = ("import sys, briefings; "
             "print(sorted(m for m in sys.modules if m.startswith(('briefings.', 'pydantic'))))")
    loaded = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True).stdout
    assert "pydantic" not in loaded and "briefings.api" not in loaded, loaded
    with pytest.raises(AttributeError, match="no attribute 'nonexistent'"):
        briefings.nonexistent  # noqa: B018 - the attribute access is what is tested
