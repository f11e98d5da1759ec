"""``briefings init``: a workspace that validates and builds as it is, and never an overwrite."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SEED_BRIEFING

from briefings.cli.app import EXIT_OK, EXIT_USER_ERROR, main
from briefings.load.toml import load_config


def test_init_creates_a_workspace_that_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "desk"
    assert main(["init", str(target)]) == EXIT_OK
    assert sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()) == [
        "briefings.toml", "seeds/000_e1ef2b7ba22a4b2b.txt", f"seeds/{SEED_BRIEFING.name}",
        "templates/briefing.css"]
    toml = (target / "briefings.toml").read_text()
    assert toml.count("# ") >= 5  # commented
    assert (target / "seeds" / SEED_BRIEFING.name).read_bytes() == SEED_BRIEFING.read_bytes()
    assert load_config(root=target).settings.formats == ["md", "pdf"]
    monkeypatch.chdir(target)
    assert main(["build", "--format", "md,html", "--workers", "1"]) == EXIT_OK
    html = (target / "output" / f"{SEED_BRIEFING.stem}.html").read_text()
    assert "Turkey" in html and "Source Serif 4" in html  # the override keeps the defaults
    capsys.readouterr()


def test_init_refuses_to_overwrite_and_writes_nothing(tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "seeds").mkdir()
    mine = tmp_path / "seeds" / SEED_BRIEFING.name
    mine.write_text("my own work\n")
    assert main(["init", str(tmp_path)]) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    assert "not overwriting" in err and str(mine) in err and "Traceback" not in err
    assert mine.read_text() == "my own work\n"
    assert not (tmp_path / "briefings.toml").exists()


def test_init_twice_refuses_the_second_time(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["init", str(tmp_path)]) == EXIT_OK
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    assert main(["init", str(tmp_path)]) == EXIT_USER_ERROR
    assert {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()} == before


def test_the_wheel_ships_the_example(tmp_path: Path) -> None:
    """pyproject force-includes seeds/ as briefings/_example, which init reads when installed."""
    import tomllib

    from conftest import ROOT

    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    include = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert include["seeds"] == "briefings/_example"
