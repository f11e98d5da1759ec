"""Read the workspace configuration: ``briefings.toml``, or ``[tool.briefings]`` in
``pyproject.toml``. Problems are reported like briefing problems, ``file:line:col: field:
message``. Without a configuration file the workspace is the folder given, with its defaults
(``seeds/`` → ``output/``).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path, PurePosixPath, PureWindowsPath

from pydantic import ValidationError

from briefings.constants import CONFIG_NAMES
from briefings.errors import Issue, ValidationFailed
from briefings.filesystem.paths import PathRefused, confine
from briefings.load.yaml import dotted
from briefings.schema.config import Config, Settings


def find_config(start: Path) -> Path | None:
    """``briefings.toml`` in ``start``, else a ``pyproject.toml`` there with [tool.briefings]."""
    for name in CONFIG_NAMES:
        candidate = start / name
        if candidate.is_file():
            if name == "pyproject.toml" and "[tool.briefings" not in candidate.read_text(encoding="utf-8"):
                continue
            return candidate
    return None


def load_config(path: Path | None = None, *, root: Path | None = None) -> Config:
    """Load and validate the workspace configuration (or the defaults if there is none)."""
    if path is None:
        path = find_config(root or Path("."))
    if path is None:
        return Config(Settings(), root or Path("."), None)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        match = re.search(r"line (\d+), column (\d+)", str(error))
        line, column = (int(match.group(1)), int(match.group(2))) if match else (0, 0)
        raise ValidationFailed([Issue(path, line, column, "", f"invalid TOML: {error}")]) from None
    except OSError as error:
        raise ValidationFailed([Issue(path, 0, 0, "", f"cannot read: {error.strerror}")]) from None
    prefix: tuple[str, ...] = ()
    if path.name == "pyproject.toml":
        data = data.get("tool", {}).get("briefings", {})
        prefix = ("tool", "briefings")
    try:
        settings = Settings.model_validate(data)
    except ValidationError as error:
        issues = []
        for detail in error.errors():
            loc = tuple(detail["loc"])
            line = _toml_line(text, prefix, loc)
            message = detail["msg"].removeprefix("Value error, ")
            if detail["type"] == "extra_forbidden":
                message = f"unknown key '{loc[-1]}'"
            issues.append(Issue(path, line, 1, dotted(loc), message))
        raise ValidationFailed(issues) from None
    problems = [Issue(path, _toml_line(text, prefix, loc[:-1] if isinstance(loc[-1], int) else loc), 1,
                      dotted(loc), message)
                for loc, message in [*_glob_problems(settings), *_path_problems(settings, path.parent)]]
    if problems:
        raise ValidationFailed(problems)
    return Config(settings, path.parent, path)


def _glob_problems(settings: Settings) -> list[tuple[tuple[str | int, ...], str]]:
    """Briefing globs are relative to the configuration file: an absolute or empty one is an
    error here rather than a crash when the files are listed."""
    globs: list[tuple[tuple[str | int, ...], str]] = [
        (("briefings", i), pattern) for i, pattern in enumerate(settings.briefings)]
    globs += [(("schedules", n, "briefings", i), pattern)
              for n, schedule in enumerate(settings.schedules)
              for i, pattern in enumerate(schedule.briefings)]
    problems = []
    for loc, pattern in globs:
        if not pattern.strip() or "\x00" in pattern:
            problems.append((loc, "an empty pattern (or one with a NUL) names no file"))
        elif ".." in PurePosixPath(pattern.replace("\\", "/")).parts:
            problems.append((loc, f"'{pattern}' leaves the workspace ('..' is refused); briefings are "
                                  "found inside the folder of this file"))
        elif PurePosixPath(pattern).is_absolute() or PureWindowsPath(pattern).is_absolute():
            problems.append((loc, f"'{pattern}' is absolute; write a pattern relative to this "
                                  "file's folder, e.g. 'seeds/*.yaml'"))
    return problems


def _configured_paths(settings: Settings) -> list[tuple[tuple[str | int, ...], str, bool]]:
    """(where, path, is a folder) for every path the configuration names but the globs."""
    paths: list[tuple[tuple[str | int, ...], str, bool]] = [
        (("output",), settings.output, True), (("log_file",), settings.log_file, False)]
    paths += [(("templates", i), folder, True) for i, folder in enumerate(settings.templates)]
    paths += [(("assets", i), folder, True) for i, folder in enumerate(settings.assets)]
    for n, item in enumerate(settings.inputs):
        paths.append((("inputs", n, "briefing"), item.briefing, False))
        if item.inbox is not None:
            paths.append((("inputs", n, "inbox"), item.inbox, True))
        if item.email is not None and item.email.ca_file and not Path(item.email.ca_file).is_absolute():
            paths.append((("inputs", n, "email", "ca_file"), item.email.ca_file, False))
    return paths


def _path_problems(settings: Settings, root: Path) -> list[tuple[tuple[str | int, ...], str]]:
    """Every path the configuration names stays in the workspace, symbolic links resolved: a
    shared configuration must not make briefings append to ``~/.bashrc``, include files from
    elsewhere into a brief, archive another folder or edit another project's briefing."""
    problems = []
    for loc, value, folder in _configured_paths(settings):
        try:
            confine(root, value, directory=folder)
        except PathRefused as error:
            problems.append((loc, f"{error}; every path in the configuration stays inside the "
                                  "workspace (the folder of this file)"))
    return problems


def _toml_line(text: str, prefix: tuple[str, ...], loc: tuple[str | int, ...]) -> int:
    """The line of ``loc`` in a TOML file: tomllib keeps no positions, so find the key."""
    target_table, key = _table_and_key(text, prefix, loc)
    table: tuple[str | int, ...] = ()
    counts: dict[tuple[str, ...], int] = {}
    key_index = 0
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        header = re.fullmatch(r"\[\[\s*([^\]]+?)\s*\]\]", line)
        if header:
            name = tuple(header.group(1).split("."))
            counts[name] = counts.get(name, -1) + 1
            table = name[:-1] + (name[-1], counts[name]) if name[:len(prefix)] == prefix else name
            continue
        header = re.fullmatch(r"\[\s*([^\]]+?)\s*\]", line)
        if header:
            table = _indexed(tuple(part.strip() for part in header.group(1).split(".")), counts, prefix)
        elif table == target_table and key and re.match(rf"{re.escape(key)}\s*=", line):
            return number
        elif table == target_table and not key:
            key_index = key_index or number
    return key_index or 1


def _table_and_key(text: str, prefix: tuple[str, ...],
                   loc: tuple[str | int, ...]) -> tuple[tuple[str | int, ...], str | None]:
    """The table ``loc`` is in (``[[schedules]]`` n is a header's n-th occurrence, ``[inputs.email]``
    a sub-table) and the key in it (None when ``loc`` names a whole table)."""
    target_table: tuple[str | int, ...] = prefix
    parts = list(loc)
    while len(parts) > 1 and isinstance(parts[0], str) and isinstance(parts[1], int) \
            and _is_array_of_tables(text, [*_names(target_table), parts[0]]):
        target_table += (parts[0], parts[1])
        parts = parts[2:]
    while len(parts) > 1 and isinstance(parts[0], str) and isinstance(parts[1], str) \
            and _has_table(text, [*_names(target_table), parts[0]]):
        target_table += (parts[0],)
        parts = parts[1:]
    return target_table, parts[0] if parts and isinstance(parts[0], str) else None


def _names(table: tuple[str | int, ...]) -> list[str]:
    return [part for part in table if isinstance(part, str)]


def _indexed(names: tuple[str, ...], counts: dict[tuple[str, ...], int],
             prefix: tuple[str, ...]) -> tuple[str | int, ...]:
    """A ``[a.b]`` header's table, with the index of the ``[[a]]`` it belongs to."""
    for cut in range(len(names) - 1, 0, -1):
        if names[:cut] in counts and names[:len(prefix)] == prefix:
            return (*names[:cut], counts[names[:cut]], *names[cut:])
    return names


def _has_table(text: str, names: list[str]) -> bool:
    """Whether the file has a ``[a.b]`` header for ``names``."""
    dotted_name = r"\s*\.\s*".join(re.escape(name) for name in names)
    return re.search(rf"^\s*\[\s*{dotted_name}\s*\]", text, re.MULTILINE) is not None


def _is_array_of_tables(text: str, names: list[str]) -> bool:
    """Whether the file has ``[[a.b]]`` headers for ``names`` (not a plain list ``b = [...]``)."""
    dotted_name = r"\s*\.\s*".join(re.escape(name) for name in names)
    return re.search(rf"^\s*\[\[\s*{dotted_name}\s*\]\]", text, re.MULTILINE) is not None
