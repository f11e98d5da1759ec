"""The models of the workspace configuration (``briefings.toml`` or ``[tool.briefings]``).

Paths in the file are relative to the folder that holds it (:class:`Config` keeps that folder).
Reading the file, with positions in its error messages, is :mod:`briefings.load.toml`'s job.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator

from briefings.constants import (
    DEFAULT_FORMATS,
    DEFAULT_MEMORY_BUDGET,
    DEFAULT_PDF_VARIANT,
    DEFAULT_TIME_BUDGET,
    DEFAULT_TOC_MIN_PAGES,
    OutputFormat,
    PdfVariant,
)

_BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _no_control_characters(value: str) -> str:
    """Config strings end up in crontab lines, systemd units, workflows and shell commands, where
    a line break starts a new entry: refuse control characters, line separators and bidi
    overrides (which make a line read differently from what runs)."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp") or char in _BIDI_CONTROLS:
            raise ValueError(f"control character U+{ord(char):04X} is not allowed here")
    return value


Text = Annotated[str, AfterValidator(_no_control_characters)]
ScheduleName = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=60)]


class Schedule(BaseModel):
    """When to rebuild, unattended."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: ScheduleName
    cron: Text = Field(description="Five-field crontab expression: minute hour day month weekday.")
    timezone: Text = "UTC"
    briefings: list[Text] = Field(default_factory=list, description="Globs; default: all.")
    force: bool = False
    misfire_grace_seconds: int = Field(default=3600, ge=1, le=7 * 24 * 3600)

    @field_validator("cron")
    @classmethod
    def _five_fields(cls, value: str) -> str:
        if len(value.split()) != 5:
            raise ValueError("a cron expression has five fields: minute hour day month weekday")
        from briefings.schema.cron import CronError, parse

        try:
            parse(value)
        except CronError as error:
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

    briefings: list[Text] = Field(default_factory=lambda: ["seeds/*.yaml"],
                                  description="Globs of briefing files, relative to this file.")
    output: Text = "output"
    templates: list[Text] = Field(default_factory=lambda: ["templates"])
    assets: list[Text] = Field(default_factory=lambda: ["assets"])
    formats: list[OutputFormat] = Field(default_factory=lambda: list(DEFAULT_FORMATS), min_length=1)
    workers: int = Field(default=0, ge=0, le=256, description="0: one per core.")
    time_budget_seconds: float = Field(default=DEFAULT_TIME_BUDGET, ge=1, le=3600,
                                       description="Longest a briefing may take to render.")
    memory_budget_mib: int = Field(default=DEFAULT_MEMORY_BUDGET, ge=256, le=65536,
                                   description="Address space a render process may use.")
    pdf_variant: PdfVariant = DEFAULT_PDF_VARIANT
    toc_min_pages: int = Field(default=DEFAULT_TOC_MIN_PAGES, ge=1, le=1000,
                               description="Briefs of this many pages or more get a table of contents.")
    schedules: list[Schedule] = Field(default_factory=list)
    log_file: Text = "output/briefings-schedule.log"


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
