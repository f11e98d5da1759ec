"""The command group loads a command's module only when that command is asked for (issue
23.3): its table of commands agrees with the modules, and ``--version`` and ``--help`` load no
command module."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from conftest import ROOT

from briefings.cli.app import COMMAND_TABLE, EXIT_OK, cli, main

COMMAND_MODULES = {name: module for name, (module, _) in COMMAND_TABLE.items()}


def test_the_table_names_every_command_of_every_module_it_lists() -> None:
    named: dict[str, set[str]] = defaultdict(set)
    for name, module in COMMAND_MODULES.items():
        named[module].add(name)
    for module, names in named.items():
        assert {command.name for command in importlib.import_module(module).COMMANDS} == names, module


def test_the_table_gives_the_first_sentence_of_each_command_s_help() -> None:
    context = cli.make_context("briefings", [], resilient_parsing=True)
    for name, (_, summary) in COMMAND_TABLE.items():
        command = cli.get_command(context, name)
        assert command is not None and command.get_short_help_str(limit=1000) == summary, name


def test_every_command_module_of_the_cli_is_in_the_table() -> None:
    folder = ROOT / "briefings" / "cli"
    with_commands = {f"briefings.cli.{path.stem}" for path in folder.glob("*.py")
                     if "\nCOMMANDS = " in path.read_text(encoding="utf-8")}
    assert with_commands == set(COMMAND_MODULES.values())


def test_a_command_is_found_by_its_name_and_an_unknown_name_is_not() -> None:
    context = cli.make_context("briefings", [], resilient_parsing=True)
    found = cli.get_command(context, "schedule")
    assert found is not None and found.name == "schedule"
    assert cli.get_command(context, "schedule") is found  # loaded once, options added once
    assert cli.get_command(context, "no-such-command") is None


def _modules_after(args: list[str], tmp_path: Path) -> set[str]:
    code = ("import sys; from briefings.cli.app import main; main(%r); "
            "print(' '.join(sorted(sys.modules)))" % (args,))
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    assert done.returncode == 0, done.stderr
    return set(done.stdout.split())


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_command_module_and_no_stage(option: str, tmp_path: Path) -> None:
    loaded = _modules_after([option], tmp_path)
    assert "briefings.cli.app" in loaded  # the probe saw the CLI itself
    assert not loaded & set(COMMAND_MODULES.values())
    assert not {"pydantic", "briefings.api", "briefings.schema.briefing"} & loaded


def test_help_lists_every_command_with_its_summary(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == EXIT_OK
    listed = capsys.readouterr().out.split("Commands:")[1]
    names = [line.split()[0] for line in listed.splitlines() if line.strip()]
    assert names == sorted(COMMAND_TABLE)
    assert "Build briefings (default:" in listed


def test_a_command_loads_its_own_module_only(tmp_path: Path) -> None:
    loaded = _modules_after(["schema"], tmp_path)
    assert "briefings.cli.inspect" in loaded
    assert not loaded & (set(COMMAND_MODULES.values()) - {"briefings.cli.inspect"})
