"""The command line of issue 22 (points 9, 11 and 13): -q and -v on every command, the
skeleton's placeholders, the systemd unit's user, weekday names, HarfBuzz subset in doctor."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from briefings.cli.app import EXIT_OK, EXIT_USER_ERROR, main
from briefings.errors import BriefingError
from briefings.render import doctor
from briefings.schedule.export import export_systemd
from briefings.schema.config import Config, Schedule, Settings
from briefings.validation.review import is_placeholder

SCHEDULE = '\n[[schedules]]\nname = "weekdays"\ncron = "30 6 * * mon-fri"\ntimezone = "UTC"\n'


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    assert main(["-q", "init", str(tmp_path)]) == EXIT_OK
    with open(tmp_path / "briefings.toml", "a", encoding="utf-8") as config:
        config.write(SCHEDULE)
    monkeypatch.chdir(tmp_path)
    return tmp_path


#: (command, a line -v adds) — each must print nothing on stderr with -q when all goes well
COMMANDS = [
    (["validate"], "valid seeds/us-turkey-caatsa-sanctions.yaml (us-turkey-caatsa-sanctions)"),
    (["build", "--format", "md", "--force"], "wrote output/us-turkey-caatsa-sanctions.md"),
    (["schedule", "list"], "  runs: "),
    (["schedule", "export", "--cron"], "exit code 0 after"),
    (["schema"], "exit code 0 after"),
    (["new", "fresh-story"], "exit code 0 after"),
]


@pytest.mark.parametrize(("args", "detail"), COMMANDS, ids=[" ".join(c[0][:2]) for c in COMMANDS])
def test_quiet_says_nothing_and_verbose_says_more(args: list[str], detail: str, workspace: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    def run(*words: str) -> int:
        for written in ("fresh-story.yaml", "sources/fresh-story-source.txt"):
            (workspace / "seeds" / written).unlink(missing_ok=True)  # `new` never overwrites
        return main(list(words))

    capsys.readouterr()
    assert run(*args, "-q") == EXIT_OK
    assert capsys.readouterr().err == ""
    assert run("-v", *args) == EXIT_OK
    verbose = capsys.readouterr().err
    assert detail in verbose, verbose
    assert run(*args) == EXIT_OK
    assert detail not in capsys.readouterr().err


def test_schedule_list_names_the_weekday_of_each_run(workspace: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    assert main(["schedule", "list", "--count", "6"]) == EXIT_OK
    runs = [line.split()[0] for line in capsys.readouterr().out.splitlines() if line.startswith("  ")]
    assert len(runs) == 6 and set(runs) <= {"Mon", "Tue", "Wed", "Thu", "Fri"}, runs


def _config(**settings: Any) -> Config:
    return Config(Settings(schedules=[Schedule(name="a", cron="0 7 * * *")], **settings),
                  Path("/srv/briefs"), None)


@pytest.mark.parametrize(("configured", "current", "uid", "expected"), [
    (None, "analyst", 1000, "User=analyst"),
    ("desk", "analyst", 1000, "User=desk"),
    ("desk", "root", 0, "User=desk"),
    ("root", "root", 0, "User=root"),  # root only when the configuration says so
    (None, "root", 0, "would run as root; set service_user"),
    (None, "analyst", 0, "would run as root; set service_user"),  # sudo keeps $USER
])
def test_systemd_units_run_as_a_named_user(configured: str | None, current: str, uid: int,
                                           expected: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("getpass.getuser", lambda: current)
    monkeypatch.setattr("os.geteuid", lambda: uid)
    config = _config(service_user=configured) if configured else _config()
    if expected.startswith("User="):
        assert f"\n{expected}\n" in export_systemd(config)
    else:
        with pytest.raises(BriefingError, match=expected):
            export_systemd(config)


def test_a_service_user_that_is_not_an_account_name_is_refused(tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "briefings.toml").write_text('service_user = "desk\\nUser=root"\n' + SCHEDULE)
    assert main(["schedule", "export", "--systemd", "--config", str(tmp_path / "briefings.toml")]) \
        == EXIT_USER_ERROR
    assert "service_user" in capsys.readouterr().err


@pytest.mark.parametrize("present", [True, False])
def test_doctor_says_whether_harfbuzz_subset_is_present(present: bool, monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("weasyprint")
    import weasyprint.text.ffi as ffi

    if not present:
        monkeypatch.setattr(ffi, "harfbuzz_subset", None)
    check = doctor.check_harfbuzz_subset()
    assert check.ok is present and check.optional is not present
    assert ("not found" in check.found) is not present
    others = [doctor.Check("Pango", True, "1.50"), doctor.Check("fonts", True, "6")]
    monkeypatch.setattr(doctor, "run_checks", lambda: [*others, check])
    assert main(["doctor"]) == EXIT_OK  # optional: PDFs are made without it
    out = capsys.readouterr().out
    assert ("apt-get install libharfbuzz-subset0" in out) is not present
    assert "HarfBuzz subset: libharfbuzz-subset0" in out


#: Values of the skeleton that are real choices the analyst may keep, not placeholders.
KEPT_CHOICES = {"en", "state", "unclear", "imposes", "roughly even chance", "moderate", "Weeks",
                "DRAFT // NOT FOR DISTRIBUTION"}


def _leaves(node: Any, key: str = "") -> list[tuple[str, str]]:
    if isinstance(node, dict):
        return [leaf for k, v in node.items() for leaf in _leaves(v, str(k))]
    if isinstance(node, list):
        return [leaf for item in node for leaf in _leaves(item, key)]
    return [(key, str(node))]


def test_every_text_of_the_skeleton_is_a_placeholder_or_a_real_choice(tmp_path: Path) -> None:
    """One definition of a placeholder (``is_placeholder``) holds the whole skeleton."""
    assert main(["-q", "new", "story", "--dir", str(tmp_path)]) == EXIT_OK
    tree = YAML(typ="safe").load((tmp_path / "story.yaml").read_text())
    skipped = {"id", "as_of", "said", "published", "date", "speaker", "source", "text", "affects"}
    for key, value in _leaves(tree):
        if key in skipped and not (key == "text" and " " in value):
            continue
        assert is_placeholder(value) or value in KEPT_CHOICES, (key, value)


@pytest.mark.parametrize(("value", "expected"), [
    ("Title of the briefing", True), ("  title  of the BRIEFING ", True),
    ("Replace this with a verbatim quote…", True), ("REVIEW: stance", True),
    ("Name of the person", True), ("A key point.", True),
    ("The minister replaced this policy", False), ("Party A", False), ("Weeks", False),
    ("Title of the briefing on Turkey", False),
])
def test_is_placeholder(value: str, expected: bool) -> None:
    assert is_placeholder(value) is expected
