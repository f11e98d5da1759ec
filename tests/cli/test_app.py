"""The command line: exit codes, messages without tracebacks, defaults, lazy imports."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import CASES, ROOT, SEED_BRIEFING

from briefings.cli.app import EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR, main


def run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_seed_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["validate", "--strict", str(SEED_BRIEFING)], capsys)
    assert code == EXIT_OK, err
    assert "1 briefing(s) valid, 0 warning(s)" in err


def test_validate_reports_three_problems_with_lines(
    seed_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A misspelled key, an unknown speaker and an invalid date: all three, with lines."""
    lines = seed_copy.read_text().splitlines(keepends=True)
    text = "".join(lines)
    text = text.replace("short_name: CHP", "shortname: CHP", 1)
    text = text.replace("speaker: hulusi-akar", "speaker: hulusi-akr", 1)
    text = text.replace("as_of: 2020-12-16", "as_of: 2020-16-12", 1)
    seed_copy.write_text(text)
    edited = text.splitlines()

    def line_of(fragment: str) -> int:
        return next(i for i, line in enumerate(edited, start=1) if fragment in line)

    code, _, err = run(["validate", str(seed_copy)], capsys)
    assert code == EXIT_USER_ERROR
    assert "Traceback" not in err
    assert f"{seed_copy}:{line_of('shortname: CHP')}:5: parties[3].shortname: unknown key 'shortname'; did you mean 'short_name'?" in err
    assert f"{seed_copy}:{line_of('speaker: hulusi-akr')}:9: parties[1].quotes[0].speaker: unknown speaker 'hulusi-akr'" in err
    assert f"{seed_copy}:{line_of('as_of: 2020-16-12')}:1: as_of: " in err


def test_validate_warnings_pass_unless_strict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "b"
    folder.mkdir()
    text = (CASES / "valid" / "minimal.yaml").read_text().replace("key_points: [Party A opposes the measure.]\n", "")
    (folder / "minimal.yaml").write_text(text)
    (folder / "article.txt").write_text((CASES / "valid" / "article.txt").read_text())
    code, _, err = run(["validate", str(folder)], capsys)
    assert code == EXIT_OK and "warning: key_points: the section 'key_points' is empty" in err
    code, _, err = run(["validate", "--strict", str(folder)], capsys)
    assert code == EXIT_USER_ERROR and "1 error(s)" not in err and "warning" in err
    assert "0 error(s), 1 warning(s) (warnings count as errors under --strict)" in err


def test_missing_path_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["validate", str(tmp_path / "nope.yaml")], capsys)
    assert code == EXIT_USER_ERROR
    assert "nope.yaml: no such file or folder" in err


def test_unknown_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["validate", "--no-such-option"], capsys)
    assert code == EXIT_USAGE
    assert "No such option" in err


def test_no_path_means_seeds_in_the_current_folder(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(seed_copy.parent.parent)
    code, _, err = run(["validate"], capsys)
    assert code == EXIT_OK, err


def test_build_writes_md_only_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["build", str(SEED_BRIEFING), "--workspace", str(tmp_path), "--format", "md"], capsys)
    assert code == EXIT_OK, err
    assert sorted(p.name for p in (tmp_path / "output").iterdir() if not p.name.startswith(".")) == [
        "us-turkey-caatsa-sanctions", "us-turkey-caatsa-sanctions.md"  # the .md and its figures' folder
    ]


def test_build_refuses_unknown_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["build", str(SEED_BRIEFING), "--workspace", str(tmp_path), "--format", "docx"], capsys)
    assert code == EXIT_USAGE  # a wrong option value is a usage error
    assert "--format" in err and "choose from md, pdf, html" in err


def test_invalid_briefing_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = CASES / "invalid" / "unknown_speaker.yaml"
    code, _, err = run(["build", str(bad), "--workspace", str(tmp_path)], capsys)
    assert code == EXIT_USER_ERROR
    assert "nothing was written" in err
    assert [p.name for p in (tmp_path / "output").glob("*") if not p.name.startswith(".")] == []


def test_new_writes_a_skeleton_that_validates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["new", "my-story", "--dir", str(tmp_path)], capsys)
    assert code == EXIT_OK, err
    skeleton = (tmp_path / "my-story.yaml").read_text()
    for section in ("bluf:", "key_points:", "background:", "outlook:", "watch:", "timeline:",
                    "sources:", "parties:", "position:", "quotes:", "consequences:"):
        assert section in skeleton
    assert "marking: DRAFT // NOT FOR DISTRIBUTION" in skeleton  # never "for public release"
    code, _, err = run(["validate", str(tmp_path / "my-story.yaml")], capsys)
    assert code == EXIT_OK, err
    # an unfinished skeleton is not finished work: --strict names what is left to review
    code, _, err = run(["validate", "--strict", str(tmp_path / "my-story.yaml")], capsys)
    assert code == EXIT_USER_ERROR
    assert ":8:" in err and "marking: review placeholder left" in err
    # with only the marking changed the skeleton's own text is still there: not finished work
    (tmp_path / "my-story.yaml").write_text(skeleton.replace("# REVIEW: the handling marking", "#"))
    code, _, err = run(["validate", "--strict", str(tmp_path / "my-story.yaml")], capsys)
    assert code == EXIT_USER_ERROR
    assert "title: review placeholder left: Title of the briefing" in err
    code, _, err = run(["new", "my-story", "--dir", str(tmp_path)], capsys)
    assert code == EXIT_USER_ERROR and "already exists" in err


@pytest.mark.parametrize("bad_id", ["../escape", "Upper", "a/b", "", "x.y", "x" * 81])
def test_new_refuses_bad_ids(bad_id: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["new", bad_id, "--dir", str(tmp_path)], capsys)
    assert code == EXIT_USER_ERROR
    assert "not a valid briefing id" in err
    assert list(tmp_path.iterdir()) == []


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["schema"], capsys)
    schema = json.loads(out)
    assert code == EXIT_OK
    assert {"id", "title", "parties", "sources", "bluf"} <= set(schema["properties"])
    assert schema["additionalProperties"] is False


def _subprocess(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120)


def test_validate_does_not_import_weasyprint(tmp_path: Path) -> None:
    code = (
        "import sys; from briefings.cli.app import main; "
        f"rc = main(['validate', {str(SEED_BRIEFING)!r}]); "
        "print(rc, 'weasyprint' in sys.modules, 'markdown' in sys.modules)"
    )
    result = _subprocess(["-c", code], tmp_path)
    assert result.stdout.split() == ["0", "False", "False"], result.stderr


def test_python_dash_m_runs_the_cli(tmp_path: Path) -> None:
    result = _subprocess(["-m", "briefings", "validate", str(CASES / "invalid" / "duplicate_key.yaml")], tmp_path)
    assert result.returncode == EXIT_USER_ERROR
    assert "duplicate key 'title'" in result.stderr
    assert "Traceback" not in result.stderr


USAGE_ERRORS = [
    ("unknown --format value", ["build", "--format", "docx"], "--format"),
    ("missing --config file", ["build", "--config", "no-such.toml"], "no-such.toml"),
    ("conflicting export flags", ["schedule", "export", "--cron", "--systemd"], "exactly one"),
    ("unknown --pdf-variant", ["build", "--pdf-variant", "none"], "--pdf-variant"),
    ("--into with --id", ["draft", "a.txt", "--into", "b.yaml", "--id", "x"], "--into"),
    ("unknown option", ["validate", "--strictly"], "--strictly"),
]


@pytest.mark.parametrize(("args", "says"), [u[1:] for u in USAGE_ERRORS], ids=[u[0] for u in USAGE_ERRORS])
def test_usage_errors_exit_2_and_say_why(args: list[str], says: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(args, capsys)
    assert code == EXIT_USAGE, err
    assert says in err and "Traceback" not in err
    assert not (tmp_path / "output").exists()


def test_validate_without_a_path_follows_the_configuration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "briefs").mkdir()
    (tmp_path / "briefs" / "bad.yaml").write_text((CASES / "invalid" / "unknown_speaker.yaml").read_text())
    (tmp_path / "briefings.toml").write_text('briefings = ["briefs/*.yaml"]\n')
    monkeypatch.chdir(tmp_path)
    code, _, err = run(["validate"], capsys)
    assert code == EXIT_USER_ERROR and "briefs/bad.yaml" in err
    assert "nothing was written" not in err  # validate writes nothing anyway
