"""The exports under hostile configuration values, each read back by its target's own rules:
crontab lines through cron's ``%`` rule and a real ``/bin/sh``; systemd units through
systemd.syntax (quotes, C escapes, specifiers, ``$``) and ``systemd-analyze verify``; the
workflow through a YAML parser, GitHub's ``${{ }}`` evaluation and a real ``bash``. In each,
the command's argv must be exactly the configured one, with no extra line, key, step or job.
Config strings with control characters are refused with file, line and field.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from briefings.errors import BriefingError, ValidationFailed
from briefings.load.toml import load_config
from briefings.schedule.export import crontab_fields, export_cron, export_github_actions, export_systemd
from briefings.schedule.github import GUARD_SOURCE, build_words, guard_plan
from briefings.schedule.run import build_command
from briefings.schema.config import Config, Schedule, Settings
from briefings.schema.cron import parse

HOSTILE = [
    "%", "100%done", "%h%n%%", "$(touch pwned)", "`touch pwned`", "${HOME}", "$$", "$1", "'", '"',
    "a b", "  lead", "trail ", "\\", "a\\%b", "end\\", "\\\\%", "ünï €😀", "${{ secrets.GITHUB_TOKEN }}",
    "${{", "}}", ";touch pwned;", "&& touch pwned", "| tee pwned", "#not a comment", "-rf", "*", "~",
    "!", "@x", ":x", "x=y", "{a,b}", "\\n", "\\x41", "%%", "'$(touch pwned)'",
]
OUTPUT = "out %h $(touch pwned) `id` '\"${{ github.token }}"
ROOT_NAME = "ws %i $(touch pwned) `id` 'q' \"d\" ü #x ;"
DUMP_SCRIPT = '#!/bin/sh\nprintf \'%s\\0\' "$0" "$@" > "$DUMP"\n'


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Config:
    """A workspace in a hostile folder whose schedules name hostile globs; "python" is a
    script that writes its argv to $DUMP."""
    root = tmp_path / ROOT_NAME
    root.mkdir()
    (root / "briefings.toml").write_text("")
    bin_dir = tmp_path / "bin %n $x ;b"
    bin_dir.mkdir()
    fake_python = bin_dir / "python ü"
    fake_python.write_text(DUMP_SCRIPT)
    fake_python.chmod(fake_python.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setattr(sys, "executable", str(fake_python))
    schedules = [Schedule(name="hostile", cron="30 0 * * mon", timezone="Europe/Berlin", briefings=HOSTILE, force=True),
                 Schedule(name="plain", cron="0 7 * * 1-5", timezone="America/New_York")]
    return Config(Settings(schedules=schedules, output=OUTPUT, service_user="analyst"), root,
                  root / "briefings.toml")


def _argv(dump: Path) -> list[str]:
    return dump.read_bytes().decode().split("\0")[:-1]


# --- crontab -------------------------------------------------------------------------------


def cron_percent_rule(command: str) -> tuple[str, str | None]:
    """cronie's do_command.c: '\\%' becomes '%'; the first other '%' ends the command (the rest
    is standard input)."""
    out: list[str] = []
    escaped = False
    for index, char in enumerate(command):
        if escaped:
            if char == "%":
                out[-1] = "%"
            else:
                out.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
            out.append(char)
        elif char == "%":
            return "".join(out), command[index + 1:]
        else:
            out.append(char)
    return "".join(out), None


def test_crontab_runs_exactly_the_configured_argv(hostile: Config, tmp_path: Path) -> None:
    lines = [line for line in export_cron(hostile).splitlines() if line and not line.startswith("#")]
    assert [line.split("=")[0] for line in lines[::2]] == ["CRON_TZ", "CRON_TZ"]
    assert len(lines) == 4  # one zone line and one job line per schedule, nothing else
    for schedule, line in zip(hostile.settings.schedules, lines[1::2], strict=True):
        fields = line.split(None, 5)
        assert " ".join(fields[:5]) == crontab_fields(parse(schedule.cron))
        command, stdin = cron_percent_rule(fields[5])
        assert stdin is None, "an unescaped % would cut the command"
        dump = tmp_path / f"argv-{schedule.name}"
        subprocess.run(["/bin/sh", "-c", command], env={**os.environ, "DUMP": str(dump)}, check=True,
                       cwd=tmp_path)
        assert _argv(dump) == build_command(hostile, schedule)
    assert not list(tmp_path.rglob("pwned"))


CRONTAB_FIELDS = [
    ("0 7 * * 1-5", "0 7 * * mon-fri"), ("0 7 * * 0", "0 7 * * sun"), ("0 7 * * 7", "0 7 * * sun"),
    ("0 7 * * 5-7", "0 7 * * sun,fri,sat"), ("0 7 * * sat-sun", "0 7 * * sun,sat"),
    ("0 7 * * fri-mon", "0 7 * * sun,mon,fri,sat"), ("*/15 9-17 * * *", "0,15,30,45 9-17 * * *"),
    ("0 0 1 * mon", "0 0 1 * mon"), ("0 0 */2 * 1", "0 0 */2 * mon"), ("0 0 * jan,JUL */2", "0 0 * 1,7 */2"),
    ("0 12 1-10/3 * *", "0 12 1,4,7,10 * *"),
]


@pytest.mark.parametrize(("expression", "fields"), CRONTAB_FIELDS, ids=[c[0] for c in CRONTAB_FIELDS])
def test_crontab_fields_mean_the_same_to_every_cron(expression: str, fields: str) -> None:
    """Weekdays as names, no wrapping ranges, and '*' kept where cron's day-or-weekday rule
    depends on it."""
    assert crontab_fields(parse(expression)) == fields
    assert parse(fields) == parse(expression)


# --- systemd -------------------------------------------------------------------------------

_C_ESCAPES = {"\\": "\\", '"': '"', "'": "'", "n": "\n", "t": "\t", "s": " ", "a": "\a", "b": "\b",
              "f": "\f", "r": "\r", "v": "\v"}


def _unescape(text: str, index: int) -> tuple[str, int]:
    code = text[index + 1]
    if code == "x":
        return chr(int(text[index + 2:index + 4], 16)), index + 4
    return _C_ESCAPES[code], index + 2


def systemd_words(value: str) -> list[str]:
    """ExecStart= split as systemd.syntax says: whitespace between words, '…' and "…" quotes,
    C escapes; then each word's specifiers (only %% allowed here) and, in the arguments (not
    the program's path), $ (only $$)."""
    words: list[str] = []
    index = 0
    while True:
        while index < len(value) and value[index] in " \t":
            index += 1
        if index >= len(value):
            return [_specifiers(words[0])] + [_resolve(word) for word in words[1:]]
        word: list[str] = []
        while index < len(value) and value[index] not in " \t":
            char = value[index]
            if char in "\"'":
                index += 1
                while value[index] != char:
                    if value[index] == "\\":
                        piece, index = _unescape(value, index)
                    else:
                        piece, index = value[index], index + 1
                    word.append(piece)
                index += 1
            elif char == "\\":
                piece, index = _unescape(value, index)
                word.append(piece)
            else:
                word.append(char)
                index += 1
        words.append("".join(word))


def _specifiers(value: str) -> str:
    def specifier(match: re.Match) -> str:
        assert match.group(1) == "%", f"specifier %{match.group(1)} would be expanded in {value!r}"
        return "%"

    return re.sub(r"%(.)", specifier, value, flags=re.S)


def _resolve(word: str) -> str:
    """A word of a command line: specifiers, then $VARIABLES (ExecStart= only)."""
    def variable(match: re.Match) -> str:
        assert match.group(1) == "$", f"${match.group(1)} would be expanded in {word!r}"
        return "$"

    return re.sub(r"\$(.)", variable, _specifiers(word), flags=re.S)


def _units(text: str) -> dict[str, list[str]]:
    units: dict[str, list[str]] = {}
    current = None
    for line in text.splitlines():
        header = re.fullmatch(r"# /etc/systemd/system/(\S+)", line)
        if header:
            current = header.group(1)
            units[current] = []
        elif current and line and not line.startswith("#"):
            units[current].append(line)
    return units


def test_systemd_units_run_exactly_the_configured_argv(hostile: Config, tmp_path: Path) -> None:
    units = _units(export_systemd(hostile))
    assert sorted(units) == ["briefings-hostile.service", "briefings-hostile.timer",
                             "briefings-plain.service", "briefings-plain.timer"]
    for schedule in hostile.settings.schedules:
        service = units[f"briefings-{schedule.name}.service"]
        keys = [line.split("=", 1)[0] for line in service]
        assert keys == ["[Unit]", "Description", "[Service]", "Type", "User", "WorkingDirectory",
                        "ExecStart"]
        assert "User=analyst" in service
        values = dict(line.split("=", 1) for line in service if "=" in line)
        assert _specifiers(values["WorkingDirectory"]) == str(hostile.root.resolve())
        assert systemd_words(values["ExecStart"]) == build_command(hostile, schedule)
        timer = units[f"briefings-{schedule.name}.timer"]
        assert [line.split("=", 1)[0] for line in timer] == [
            "[Unit]", "Description", "[Timer]", "OnCalendar", "Persistent", "AccuracySec", "[Install]", "WantedBy"]
    if shutil.which("systemd-analyze") is None:
        pytest.skip("systemd-analyze not installed: the units were checked by systemd.syntax only")
    folder = tmp_path / "units"
    folder.mkdir()
    for name, lines in units.items():
        (folder / name).write_text("\n".join(lines) + "\n")
    result = subprocess.run(["systemd-analyze", "verify", *sorted(str(p) for p in folder.iterdir())],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "ignoring" not in result.stderr and "Unknown" not in result.stderr, result.stderr


def test_systemd_refuses_a_program_path_it_cannot_run(hostile: Config, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "executable", "/opt/it's/python")
    with pytest.raises(BriefingError, match="systemd refuses quotes and backslashes"):
        export_systemd(hostile)


def test_systemd_refuses_a_folder_it_cannot_write(tmp_path: Path) -> None:
    root = tmp_path / "ends with \\"
    root.mkdir()
    config = Config(Settings(schedules=[Schedule(name="a", cron="0 7 * * *")],
                             service_user="analyst"), root, None)
    with pytest.raises(BriefingError, match="cannot be written into a systemd unit"):
        export_systemd(config)


# --- GitHub Actions ------------------------------------------------------------------------

OUR_EXPRESSIONS = {"github.event.schedule", "github.event_name", "steps.guard.outputs.run == 'true'",
                   "github.ref", "github.run_id", "github.run_attempt", "!cancelled()"}


def github_evaluate(text: str) -> str:
    """GitHub's ${{ }} evaluation, for the only expressions the export may write."""
    def evaluate(match: re.Match) -> str:
        expression = match.group(1).strip()
        if expression == "'${{'":
            return "${{"
        assert expression in OUR_EXPRESSIONS, f"configured text became an expression: {expression!r}"
        return f"<{expression}>"

    return re.sub(r"\$\{\{(.*?)\}\}", evaluate, text, flags=re.S)


def _strings(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for key, value in node.items() for s in _strings(key) + _strings(value)]
    if isinstance(node, list):
        return [s for item in node for s in _strings(item)]
    return [node] if isinstance(node, str) else []


def test_workflow_runs_exactly_the_configured_argv(hostile: Config, tmp_path: Path) -> None:
    workflow = YAML(typ="safe", pure=True).load(export_github_actions(hostile))
    assert sorted(workflow) == ["concurrency", "jobs", "name", "on", "permissions"]
    assert sorted(workflow["jobs"]) == ["build-hostile", "build-plain"]
    for text in _strings(workflow):
        github_evaluate(text)  # no configured text turns into an expression
    bin_dir = tmp_path / "fake-bin"
    bin_dir.mkdir()
    (bin_dir / "briefings").write_text(DUMP_SCRIPT)
    (bin_dir / "briefings").chmod(0o755)
    for schedule in hostile.settings.schedules:
        steps = workflow["jobs"][f"build-{schedule.name}"]["steps"]
        assert len(steps) == 9  # with the state restored before the build and saved after it
        guard, build, upload = steps[0], steps[6], steps[7]
        assert guard["run"] == GUARD_SOURCE and guard["shell"] == "python"
        assert json.loads(github_evaluate(guard["env"]["BRIEFINGS_PLAN"])) == json.loads(
            json.dumps(guard_plan(schedule, _now())))
        assert [step.get("if") for step in steps[1:]] == ["steps.guard.outputs.run == 'true'"] * 6 + [
            "always() && steps.guard.outputs.run == 'true'"] * 2
        dump = tmp_path / f"argv-{schedule.name}"
        subprocess.run(["bash", "-e", "-c", github_evaluate(build["run"])], cwd=tmp_path, check=True,
                       env={**os.environ, "DUMP": str(dump), "PATH": f"{bin_dir}:{os.environ['PATH']}"})
        assert _argv(dump)[1:] == build_words(hostile, schedule)[1:]
        assert github_evaluate(upload["with"]["path"]) == OUTPUT + "/"
    assert not list(tmp_path.rglob("pwned"))


def _now():
    import datetime as dt

    return dt.datetime.now(dt.UTC)


# --- configuration -------------------------------------------------------------------------

CONTROL = [
    pytest.param("newline in a schedule glob",
                 '[[schedules]]\nname = "a"\ncron = "0 7 * * *"\nbriefings = ["x\\n* * * * * touch pwned"]\n',
                 4, "schedules[0].briefings[0]: control character U+000A"),
    ("newline in a schedule glob (field and message)",
     '[[schedules]]\nname = "a"\ncron = "0 7 * * *"\nbriefings = ["x\\n* * * * * touch pwned"]\n',
     None, "schedules[0].briefings[0]: control character U+000A"),
    ("newline in output", 'output = "out\\nrun: touch pwned"\n', 1, "output: control character U+000A"),
    ("carriage return in log_file", 'log_file = "a\\rb"\n', 1, "log_file: control character U+000D"),
    ("tab in a glob", 'briefings = ["a\\tb"]\n', 1, "briefings[0]: control character U+0009"),
    ("line separator", 'output = "a\\u2028b"\n', 1, "output: control character U+2028"),
    ("next line", 'output = "a\\u0085b"\n', 1, "output: control character U+0085"),
    ("bidi override", 'templates = ["a\\u202eb"]\n', 1, "templates[0]: control character U+202E"),
    ("NUL in a cron", '[[schedules]]\nname = "a"\ncron = "0 7 * * *\\u0000"\n', 3, "schedules[0].cron: control character U+0000"),
]


@pytest.mark.parametrize(("scenario", "text", "line", "message"), CONTROL,
                         ids=[c.values[0] if hasattr(c, "values") else c[0] for c in CONTROL])
def test_config_refuses_control_characters(scenario: str, text: str, line: int | None, message: str,
                                           tmp_path: Path) -> None:
    path = tmp_path / "briefings.toml"
    path.write_text(text)
    with pytest.raises(ValidationFailed) as failure:
        load_config(path)
    rendered = [str(issue) for issue in failure.value.issues]
    where = f"{path}:{line}:" if line else f"{path}:"
    assert any(r.startswith(where) and message in r for r in rendered), rendered


def test_export_of_a_bad_config_exits_1_with_the_position(tmp_path: Path) -> None:
    from conftest import ROOT

    (tmp_path / "briefings.toml").write_text('output = "out\\nx"\n')
    result = subprocess.run([sys.executable, "-m", "briefings", "schedule", "export", "--cron"], cwd=tmp_path,
                            capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1
    assert "briefings.toml:1:" in result.stderr and "control character U+000A" in result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
