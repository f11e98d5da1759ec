"""The outbox: every edition owed to a channel (e-mail, webhook) until each recipient has it.

An edition is queued once (keyed by briefing id and build time) with a copy of its PDF and the
"what changed" lines, so it is never lost when later builds replace the outputs. Nothing is
sent twice: before a message goes out its recipients are recorded as ``sending`` (the intent,
saved to disk), and after the server answers each is recorded as ``sent`` or ``failed``. A run
that finds ``sending`` left by a run that died cannot know whether the server took the message,
so it says so and sends nothing (``--resend`` forces it). Runs take a lock, so two runs never
send the same message at once.

Everything here is in ``output/``, which is untrusted: ``outbox.json`` is read through the
strict models of :mod:`briefings.deliver.records` (a file that does not fit is an error naming
it, never a guess that could send again); the folder must really be inside ``output/``;
nothing is read or written through a link (reads with ``O_NOFOLLOW``, writes replace a link
planted at the name); the copy of a PDF is read only when its sha256 is the one recorded, and
deleted only when it is the regular file the outbox made.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock
from pydantic import ValidationError

from briefings.constants import MAX_STATE_BYTES, STATE_DIR
from briefings.deliver.records import OUTBOX, Channel, Entry, Recipient, check_names, copy_name
from briefings.errors import BriefingError, OutputProblem
from briefings.filesystem.paths import confine, read_confined, read_regular_file
from briefings.filesystem.writing import atomic_write, take_lock

#: A PDF larger than this is not a brief: it is not queued.
MAX_PDF_BYTES = 256 * 1024 * 1024
OUTBOX_FOLDER = f"{STATE_DIR}/outbox"


@dataclass
class Outbox:
    """The outbox of one output folder (``<output>/.briefings/outbox/``)."""

    output_dir: Path
    folder: Path  # the real folder, inside the real output folder
    entries: dict[str, Entry]

    @classmethod
    def open(cls, output_dir: Path) -> Outbox:
        """Read the outbox; BriefingError naming the file and field if it is not ours."""
        folder = _real_folder(output_dir)
        path = folder / "outbox.json"
        try:
            raw = read_confined(folder, "outbox.json", MAX_STATE_BYTES)
        except BriefingError:
            if not (path.exists() or path.is_symlink()):
                return cls(output_dir, folder, {})
            raise
        try:
            entries = OUTBOX.validate_json(raw)
        except ValidationError as error:
            detail = error.errors()[0]
            where = ".".join(str(part) for part in detail["loc"])
            raise BriefingError(f"{path}: {where}: {detail['msg']}; the outbox is not one briefings wrote. "
                                "Move it away to start afresh (what it held is then queued again "
                                "only for editions built later)") from None
        problems = check_names(entries)
        if problems:
            raise BriefingError(f"{path}: {problems[0]}; the outbox is not one briefings wrote")
        return cls(output_dir, folder, entries)

    def lock(self) -> FileLock:
        """The outbox's lock, taken; a link or folder planted at its name is refused."""
        return take_lock(self.folder / "outbox.lock", 120, f"{self.folder}: another delivery is running")

    def save(self) -> None:
        data = {key: entry.model_dump() for key, entry in self.entries.items()}
        atomic_write(self.folder / "outbox.json",
                     json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False).encode(),
                     root=self.output_dir)

    def queue(self, key: str, entry: Entry, recipients: dict[str, list[str]], pdf: Path | None) -> bool:
        """Queue an edition for each channel's recipients unless it was queued before; True if
        queued now. The PDF is copied only from a regular file (never through a link)."""
        if key in self.entries or not recipients:
            return False
        if pdf is not None and (pdf.exists() or pdf.is_symlink()):
            content = read_regular_file(pdf, MAX_PDF_BYTES)
            atomic_write(self.folder / copy_name(key), content, root=self.output_dir)
            entry.pdf, entry.pdf_sha256 = copy_name(key), hashlib.sha256(content).hexdigest()
        entry.channels = {name: Channel(recipients={to: Recipient() for to in names})
                          for name, names in recipients.items()}
        self.entries[key] = entry
        self.save()
        return True

    def pending(self) -> list[tuple[str, str]]:
        """(edition key, channel) for everything not yet sent, oldest edition first."""
        return [(key, name) for key in sorted(self.entries, key=lambda k: self.entries[k].built_at or "")
                for name, channel in sorted(self.entries[key].channels.items())
                if channel.status != "sent"]

    def pdf(self, key: str) -> bytes | None:
        """The edition's PDF copy, if it is still the file the outbox made."""
        entry = self.entries[key]
        if entry.pdf is None:
            return None
        content = read_confined(self.folder, entry.pdf, MAX_PDF_BYTES)
        if hashlib.sha256(content).hexdigest() != entry.pdf_sha256:
            raise BriefingError(f"{self.folder / entry.pdf}: the PDF copy changed since it was queued; "
                                "not sent (rebuild to queue a new edition)")
        return content

    def begin(self, key: str, channel: str, recipients: list[str], when: str, message_id: str) -> None:
        """Record the intent to send to ``recipients``, on disk, before anything is sent."""
        state = self.entries[key].channels[channel]
        state.attempts += 1
        state.message_id = message_id
        for name in recipients:
            state.recipients[name] = Recipient(status="sending", since=when)
        state.settle_status()
        self.save()

    def finish(self, key: str, channel: str, outcomes: dict[str, str | None], when: str) -> None:
        """Record each recipient's outcome (None: accepted; else the error) and save at once;
        a recipient left out stays ``sending`` (the server may have taken it)."""
        state = self.entries[key].channels[channel]
        for name, error in outcomes.items():
            previous = state.recipients[name]
            state.recipients[name] = Recipient(status="failed" if error else "sent", since=previous.since,
                                               at=when, error=error)
        state.settle_status()
        if all(c.status == "sent" for c in self.entries[key].channels.values()):
            self._remove_copy(self.entries[key])
        self.save()

    def resend(self, key: str) -> list[str]:
        """Make the recipients in doubt (``sending``) of edition ``key`` pending again; which."""
        if key not in self.entries:
            known = ", ".join(sorted(self.entries)) or "none"
            raise BriefingError(f"--resend {key}: no such edition in the outbox (known: {known})")
        reset = []
        for name, channel in self.entries[key].channels.items():
            for to, state in channel.recipients.items():
                if state.status == "sending":
                    channel.recipients[to] = Recipient(error=f"re-sent on request after {state.since}")
                    reset.append(f"{name} to {to}")
            channel.settle_status()
        if not reset:
            raise BriefingError(f"--resend {key}: nothing of it is in doubt (only messages that "
                                "may have been sent are re-sent on request)")
        self.save()
        return reset

    def _remove_copy(self, entry: Entry) -> None:
        """Delete the PDF copy once delivered everywhere, if it is the file the outbox made."""
        if entry.pdf is None:
            return
        path = self.folder / entry.pdf
        with contextlib.suppress(OSError, BriefingError):
            if stat.S_ISREG(os.lstat(path).st_mode) and \
                    hashlib.sha256(read_regular_file(path, MAX_PDF_BYTES)).hexdigest() == entry.pdf_sha256:
                path.unlink()
        entry.pdf = entry.pdf_sha256 = None


def _real_folder(output_dir: Path) -> Path:
    """The outbox folder's real path, refused if a link on the way leads out of ``output/``."""
    try:
        return confine(output_dir, OUTBOX_FOLDER, directory=True)
    except BriefingError as error:
        raise OutputProblem(f"{output_dir / OUTBOX_FOLDER}: refused: {error}") from None
