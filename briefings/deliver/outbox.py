"""The outbox: every edition owed to a channel (e-mail, webhook) until it has been sent.

An edition is queued once (keyed by briefing id and build time) with a copy of its PDF and the
"what changed" lines, so it is never lost even when later builds replace the outputs; each
channel is marked sent the moment the server accepted it, and the file is rewritten
atomically after every change, so a message is never sent twice by a later run. A failed
channel keeps its error and is tried again on the next run. Runs take a lock, so two runs
never send the same message at once.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefings.building.files import atomic_write
from briefings.constants import STATE_DIR


@dataclass
class Outbox:
    """The outbox of one output folder (``<output>/.briefings/outbox.json`` and PDF copies)."""

    folder: Path
    entries: dict[str, dict[str, Any]]

    @classmethod
    def open(cls, output_dir: Path) -> Outbox:
        folder = output_dir / STATE_DIR / "outbox"
        try:
            entries = json.loads((folder / "outbox.json").read_text(encoding="utf-8"))
        except FileNotFoundError:
            entries = {}
        return cls(folder, entries)

    @property
    def lock_path(self) -> Path:
        return self.folder / "outbox.lock"

    def save(self) -> None:
        atomic_write(self.folder / "outbox.json",
                     json.dumps(self.entries, indent=1, sort_keys=True, ensure_ascii=False).encode())

    def queue(self, key: str, entry: dict[str, Any], channels: list[str], pdf: Path | None) -> bool:
        """Queue an edition for ``channels`` unless it was queued before; True if queued now."""
        if key in self.entries or not channels:
            return False
        if pdf is not None and pdf.is_file():
            copy = self.folder / f"{key.replace('@', '-')}.pdf"
            self.folder.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(pdf, copy)
            entry["pdf"] = copy.name
        entry["channels"] = {name: {"status": "pending", "attempts": 0, "error": None} for name in channels}
        self.entries[key] = entry
        self.save()
        return True

    def pending(self) -> list[tuple[str, str]]:
        """(edition key, channel) for everything not yet sent, oldest edition first."""
        return [(key, name) for key in sorted(self.entries, key=lambda k: self.entries[k].get("built_at", ""))
                for name, channel in sorted(self.entries[key]["channels"].items())
                if channel["status"] != "sent"]

    def pdf(self, key: str) -> bytes | None:
        name = self.entries[key].get("pdf")
        return (self.folder / name).read_bytes() if name else None

    def mark(self, key: str, channel: str, error: str | None, when: str) -> None:
        """Record the outcome of one attempt and save at once."""
        state = self.entries[key]["channels"][channel]
        state["attempts"] += 1
        state["status"], state["error"] = ("failed", error) if error else ("sent", None)
        state["sent_at" if not error else "failed_at"] = when
        if all(c["status"] == "sent" for c in self.entries[key]["channels"].values()):
            name = self.entries[key].pop("pdf", None)
            if name:
                (self.folder / name).unlink(missing_ok=True)  # delivered everywhere: the copy can go
        self.save()
