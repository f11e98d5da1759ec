"""The models of the workspace configuration (``briefings.toml`` or ``[tool.briefings]``).

Paths in the file are relative to the folder that holds it (:class:`Config` keeps that folder).
Reading the file, with positions in its error messages, is :mod:`briefings.load.toml`'s job.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

from briefings.constants import (
    DEFAULT_EXTRACT_BUDGET,
    DEFAULT_FORMATS,
    DEFAULT_MEMORY_BUDGET,
    DEFAULT_PDF_VARIANT,
    DEFAULT_TIME_BUDGET,
    DEFAULT_TOC_MIN_PAGES,
    SLUG_MAX_LENGTH,
    SLUG_PATTERN,
    URL_PATTERN,
    OutputFormat,
    PdfVariant,
)
from briefings.schema.cron import CronError
from briefings.schema.cron import parse as parse_cron

#: Environment variables a credential may be read from start with this.
CREDENTIAL_PREFIX = "BRIEFINGS_"
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
ScheduleName = Annotated[str, StringConstraints(strict=True, pattern=SLUG_PATTERN, max_length=SLUG_MAX_LENGTH)]
#: A Unix account name, as ``useradd`` accepts it (written into ``User=`` of a systemd unit).
UserName = Annotated[str, StringConstraints(strict=True, pattern=r"^[a-z_][a-z0-9_-]{0,31}$")]


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
        try:
            parse_cron(value)
        except CronError as error:
            raise ValueError(f"not a valid cron expression: {error}") from None
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone '{value}' (use an IANA name like Europe/London)") from None
        return value


def _no_credentials_in_url(value: str) -> str:
    """A URL is printed in logs and reports: a ``user:pass@`` in it would be too."""
    if "@" in (urlsplit(value).netloc or ""):
        raise ValueError("the URL carries a user name or password (user:pass@host), which would be "
                         "printed in logs; drop it and use secret_env / password_env instead")
    return value


def _briefings_variable(value: str) -> str:
    """Credentials come only from variables set up for briefings, never from any variable the
    process happens to have (``AWS_SECRET_ACCESS_KEY`` would be sent to the configured host)."""
    if not value.startswith(CREDENTIAL_PREFIX) or value == CREDENTIAL_PREFIX:
        raise ValueError(f"'{value}': credentials are read only from environment variables named "
                         f"{CREDENTIAL_PREFIX}*; set one up (export {CREDENTIAL_PREFIX}SMTP_PASSWORD=...) "
                         f"and name it here, e.g. \"{CREDENTIAL_PREFIX}SMTP_PASSWORD\"")
    return value


def _secrets_file_name(value: str) -> str:
    """A credential file is named by its plain file name in the secrets folder (see
    :mod:`briefings.deliver.secrets`), never by a path: ``/proc/self/environ`` is not one."""
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}", value):
        raise ValueError(f"'{value}': name a file in the secrets folder by its plain file name "
                         f"(e.g. \"smtp-password\"); put the file in ~/.config/briefings/secrets/ "
                         f"(or the folder ${CREDENTIAL_PREFIX}SECRETS_DIR names), a folder you own, "
                         "that nobody else can write")
    return value


def _address(value: str) -> str:
    """An e-mail address as it goes into a header and the SMTP envelope: one address, no
    spaces, commas, angle brackets or quotes (they would add recipients or headers)."""
    if not re.fullmatch(r"[^\s<>,;:\"()\[\]\\@]+@[^\s<>,;:\"()\[\]\\@]+", value):
        raise ValueError(f"'{value}' is not a plain e-mail address (name@example.org)")
    return value


HttpUrl = Annotated[str, StringConstraints(strict=True, pattern=URL_PATTERN, max_length=2000),
                    AfterValidator(_no_control_characters), AfterValidator(_no_credentials_in_url)]
EnvName = Annotated[str, StringConstraints(strict=True, pattern=r"^[A-Za-z_][A-Za-z0-9_]*$", max_length=100)]
CredentialEnv = Annotated[EnvName, AfterValidator(_briefings_variable)]
CredentialFile = Annotated[str, StringConstraints(strict=True, max_length=100), AfterValidator(_secrets_file_name)]
Address = Annotated[str, StringConstraints(strict=True, min_length=3, max_length=320),
                    AfterValidator(_no_control_characters), AfterValidator(_address)]
Keyword = Annotated[str, StringConstraints(strict=True, strip_whitespace=True, min_length=1, max_length=200)]
_SECRET_KEYS = {"password", "secret", "token", "api_key", "key"}


class _NoSecrets(BaseModel):
    """Credentials never go in the configuration (it is committed): name an environment
    variable or a file outside the repository instead."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    @model_validator(mode="before")
    @classmethod
    def _refuse_secrets(cls, data: Any) -> Any:
        if isinstance(data, dict):
            for key in _SECRET_KEYS & set(data):
                raise ValueError(f"'{key}' is a credential and never goes in the configuration; "
                                 f"use {key}_env (an environment variable) or {key}_file "
                                 "(a file outside the repository)")
        return data


class Feed(BaseModel):
    """An RSS or Atom feed whose new entries are collected for a briefing."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    url: HttpUrl
    keywords: list[Keyword] = Field(default_factory=list,
                                    description="Keep entries mentioning any of these (default: all).")
    allow_http: bool = Field(default=False, description="Fetch over plain http (https otherwise).")
    hosts: list[str] = Field(default_factory=list,
                             description="Other hosts the feed's articles may be on; the feed's own host is allowed.")


class Email(_NoSecrets):
    """Send each new edition by e-mail: the PDF attached, what changed as the body."""

    host: Annotated[Text, StringConstraints(min_length=1, max_length=255, pattern=r"^[A-Za-z0-9.:_-]+$")]
    port: int = Field(default=587, ge=1, le=65535)
    security: Literal["starttls", "tls", "none"] = Field(
        default="starttls", description="'none' is refused unless the host is this machine.")
    sender: Address
    recipients: list[Address] = Field(min_length=1, max_length=1000)
    username: Annotated[Text, StringConstraints(max_length=320)] | None = None
    password_env: CredentialEnv | None = Field(default=None, description="A BRIEFINGS_* environment variable.")
    password_file: CredentialFile | None = Field(default=None, description="A file in the secrets folder.")
    ca_file: Annotated[Text, StringConstraints(max_length=1000)] | None = Field(
        default=None, description="CA certificates to trust (a private server): absolute, or in the workspace.")
    timeout_seconds: float = Field(default=30, gt=0, le=600)

    @model_validator(mode="after")
    def _plain_only_here(self) -> Email:
        if self.security == "none" and self.host not in ("127.0.0.1", "::1", "localhost"):
            raise ValueError("security = 'none' sends in clear text; it is allowed only for a server "
                             "on this machine (use starttls or tls)")
        return self


class Webhook(_NoSecrets):
    """POST each new edition's summary as JSON, signed with HMAC-SHA256."""

    url: HttpUrl
    secret_env: CredentialEnv | None = Field(default=None, description="A BRIEFINGS_* environment variable.")
    secret_file: CredentialFile | None = Field(default=None, description="A file in the secrets folder.")
    allow_http: bool = False
    timeout_seconds: float = Field(default=30, gt=0, le=600)

    @model_validator(mode="after")
    def _https(self) -> Webhook:
        if self.url.startswith("http://") and not self.allow_http:
            raise ValueError("the webhook url is plain http; use https or set allow_http = true")
        if not (self.secret_env or self.secret_file):
            raise ValueError("a webhook needs secret_env or secret_file to sign its requests")
        return self


class Input(BaseModel):
    """Where new material for one briefing comes from, and where its new editions go."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    briefing: Text = Field(description="The briefing file, relative to this file.")
    inbox: Text | None = Field(default=None, description="A folder of .txt, .html and .eml articles.")
    feeds: list[Feed] = Field(default_factory=list)
    keywords: list[Keyword] = Field(default_factory=list, description="Default keywords for every feed.")
    timeout_seconds: float = Field(default=20, gt=0, le=300, description="Longest one fetch may take.")
    extract_seconds: float = Field(default=DEFAULT_EXTRACT_BUDGET, gt=0, le=600,
                                   description="Longest reading one article (HTML, e-mail) may take.")
    max_bytes: int = Field(default=5 * 1024 * 1024, ge=1024, le=100 * 1024 * 1024,
                           description="Largest article, feed or inbox file read.")
    email: Email | None = None
    webhook: Webhook | None = None
    deliver_drafts: bool = Field(default=False, description="Deliver editions that still hold a REVIEW "
                                                            "placeholder (held back otherwise).")

    @model_validator(mode="after")
    def _http_feeds_are_explicit(self) -> Input:
        for feed in self.feeds:
            if feed.url.startswith("http://") and not feed.allow_http:
                raise ValueError(f"feed {feed.url} is plain http; use https or set allow_http = true")
        return self


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
                                       description="Longest a briefing may spend in a render worker.")
    memory_budget_mib: int = Field(default=DEFAULT_MEMORY_BUDGET, ge=256, le=65536,
                                   description="Address space a render process may use.")
    pdf_variant: PdfVariant = DEFAULT_PDF_VARIANT
    toc_min_pages: int = Field(default=DEFAULT_TOC_MIN_PAGES, ge=1, le=1000,
                               description="Briefs of this many pages or more get a table of contents.")
    schedules: list[Schedule] = Field(default_factory=list)
    inputs: list[Input] = Field(default_factory=list,
                                description="New material per briefing (inbox, feeds) and delivery.")
    log_file: Text = "output/briefings-schedule.log"
    service_user: UserName | None = Field(
        default=None, description="The account `schedule export --systemd` runs builds as "
                                  "(User=); default: whoever exports, and never root unasked.")


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
