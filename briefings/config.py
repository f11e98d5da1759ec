"""The workspace configuration: ``briefings.toml``, or ``[tool.briefings]`` in ``pyproject.toml``.

Paths in the file are relative to the folder that holds it. Problems are reported like
briefing problems, as ``file:line:col: location: message``. Without a configuration file the
workspace is the current folder with its defaults (``seeds/`` → ``output/``).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError, field_validator

from .errors import Issue, ValidationFailed

CONFIG_NAMES = ("briefings.toml", "pyproject.toml")
Format = Literal["md", "pdf", "html"]
ScheduleName = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]


class Schedule(BaseModel):
    """When to rebuild, unattended."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: ScheduleName
    cron: str = Field(description="Five-field crontab expression: minute hour day month weekday.")
    timezone: str = "UTC"
    briefings: list[str] = Field(default_factory=list, description="Globs; default: all.")
    force: bool = False
    misfire_grace_seconds: int = Field(default=3600, ge=1, le=7 * 24 * 3600)

    @field_validator("cron")
    @classmethod
    def _five_fields(cls, value: str) -> str:
        if len(value.split()) != 5:
            raise ValueError("a cron expression has five fields: minute hour day month weekday")
        from apscheduler.triggers.cron import CronTrigger

        try:
            CronTrigger.from_crontab(value, timezone="UTC")
        except ValueError as error:
            raise ValueError(f"not a valid cron expression: {error}") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone '{value}' (use an IANA name like Europe/London)") from None
        return value


class Settings(BaseModel):
    """What a workspace builds, from where, into where."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    briefings: list[str] = Field(default_factory=lambda: ["seeds/*.yaml"],
                                 description="Globs of briefing files, relative to this file.")
    output: str = "output"
    templates: list[str] = Field(default_factory=lambda: ["templates"])
    assets: list[str] = Field(default_factory=lambda: ["assets"])
    formats: list[Format] = Field(default_factory=lambda: ["md", "pdf"], min_length=1)
    workers: int = Field(default=0, ge=0, le=256, description="0: one per core.")
    time_budget_seconds: float = Field(default=120.0, ge=1, le=3600,
                                       description="Longest a briefing may take to render.")
    memory_budget_mib: int = Field(default=2048, ge=256, le=65536,
                                   description="Address space a render process may use.")
    pdf_variant: Literal["pdf/ua-1", "pdf/a-3b", "none"] = "pdf/ua-1"
    toc_min_pages: int = Field(default=8, ge=1, le=1000,
                               description="Briefs of this many pages or more get a table of contents.")
    schedules: list[Schedule] = Field(default_factory=list)
    log_file: str = "output/briefings-schedule.log"


class Config:
    """Settings plus the folder they are relative to and the file they came from."""

    def __init__(self, settings: Settings, root: Path, path: Path | None):
        self.settings = settings
        self.root = root
        self.path = path

    def resolve(self, relative: str) -> Path:
        return self.root / relative

    def briefing_files(self, globs: list[str] | None = None) -> list[Path]:
        found: list[Path] = []
        for pattern in globs or self.settings.briefings:
            found.extend(sorted(p for p in self.root.glob(pattern) if p.is_file()))
        return list(dict.fromkeys(found))


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
            issues.append(Issue(path, line, 1, _dotted(loc), message))
        raise ValidationFailed(issues) from None
    return Config(settings, path.parent, path)


def _dotted(loc: tuple) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _toml_line(text: str, prefix: tuple[str, ...], loc: tuple) -> int:
    """The line of ``loc`` in a TOML file: tomllib keeps no positions, so find the key."""
    lines = text.splitlines()
    table: tuple = ()
    counts: dict[tuple, int] = {}
    target_table = prefix
    key_index = 0
    parts = list(loc)
    # [[schedules]] n → a table header occurrence; the last string is the key
    while parts and isinstance(parts[0], str) and len(parts) > 1 and isinstance(parts[1], int):
        target_table += (parts[0], parts[1])
        parts = parts[2:]
    key = parts[0] if parts and isinstance(parts[0], str) else None
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        header = re.fullmatch(r"\[\[\s*([^\]]+?)\s*\]\]", line)
        if header:
            name = tuple(header.group(1).split("."))
            counts[name] = counts.get(name, -1) + 1
            table = name[:-1] + (name[-1], counts[name]) if name[:len(prefix)] == prefix else name
            continue
        header = re.fullmatch(r"\[\s*([^\]]+?)\s*\]", line)
        if header:
            table = tuple(header.group(1).split("."))
            continue
        if key and table == target_table and re.match(rf"{re.escape(str(key))}\s*=", line):
            return number
        if not key and table == target_table:
            key_index = key_index or number
    return key_index or 1
