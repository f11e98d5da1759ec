"""The outbox's records, read back through strict models: ``outbox.json`` lives in ``output/``,
which anyone who can write there can edit, so nothing in it is used until it fits.

A record names its PDF copy only as the plain file name the outbox gives it (derived from the
edition key, checked here), never as a path; each recipient of each channel has its own
status, so a message accepted for one address is never sent to it again:

    pending   not tried yet (or the last try failed: ``error`` says why)
    sending   the intent was recorded and no outcome followed: the run ended while the
              server may have accepted the message. It is not sent again by itself
              (``deliver --resend KEY`` forces it)
    sent      the server accepted it (``at`` says when)
    failed    the server refused it, or it could not be reached; tried again next run
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, model_validator

from briefings.schema.types import FileSlug, Sha256

#: ``<briefing id>@<built_at>`` (or ``@first`` for an edition built before build times were kept)
EditionKey = Annotated[str, StringConstraints(strict=True, max_length=120,
                                              pattern=r"^[a-z0-9][a-z0-9-]*@(first|[0-9]{8}T[0-9]{6}Z)$")]
Stamp = Annotated[str, StringConstraints(strict=True,
                                         pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")]
Line = Annotated[str, StringConstraints(strict=True, max_length=20_000)]
Status = Literal["pending", "sending", "sent", "failed"]
ChannelName = Annotated[str, StringConstraints(strict=True, pattern=r"^(email|webhook)$")]


def copy_name(key: str) -> str:
    """The one name the PDF copy of edition ``key`` may have: a plain file name."""
    return f"{key.replace('@', '-')}.pdf"


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)


class Recipient(_Record):
    """One address (or the webhook) of one channel."""

    status: Status = "pending"
    since: Stamp | None = Field(default=None, description="When the last attempt began (its intent).")
    at: Stamp | None = Field(default=None, description="When the last outcome was recorded.")
    error: Line | None = None


class Channel(_Record):
    """One way an edition goes out, with the Message-ID it carries and each recipient."""

    status: Status = "pending"
    attempts: int = Field(default=0, ge=0, le=1_000_000)
    message_id: Line | None = None
    recipients: dict[Annotated[str, StringConstraints(strict=True, min_length=1, max_length=320)], Recipient]

    def settle_status(self) -> None:
        """The channel's status, from its recipients': what a reader of the file sees first."""
        states = {r.status for r in self.recipients.values()}
        self.status = ("sent" if states == {"sent"} else "sending" if "sending" in states
                       else "failed" if "failed" in states else "pending")


class Entry(_Record):
    """One edition owed to its channels: enough to send it whatever later builds do."""

    briefing: FileSlug
    title: Line
    as_of: Line
    built_at: Line | None = None
    since: Line | None = None
    changes: list[Line] = Field(default_factory=list, max_length=10_000)
    pdf: Annotated[str, StringConstraints(strict=True, max_length=130,
                                          pattern=r"^[a-z0-9][a-z0-9-]*-(first|[0-9]{8}T[0-9]{6}Z)\.pdf$")] \
        | None = None
    pdf_sha256: Sha256 | None = None
    channels: dict[ChannelName, Channel]

    @model_validator(mode="after")
    def _copy_is_hashed(self) -> Entry:
        if (self.pdf is None) != (self.pdf_sha256 is None):
            raise ValueError("pdf and pdf_sha256 go together")
        return self


OUTBOX = TypeAdapter(dict[EditionKey, Entry])


def check_names(entries: dict[str, Entry]) -> list[str]:
    """What does not fit between a key and its record (the briefing, the copy's name)."""
    problems = []
    for key, entry in entries.items():
        if key.split("@", 1)[0] != entry.briefing:
            problems.append(f"{key}: the record is for '{entry.briefing}', not for its key")
        if entry.pdf is not None and entry.pdf != copy_name(key):
            problems.append(f"{key}.pdf: '{entry.pdf}' is not the copy's name ({copy_name(key)})")
    return problems
