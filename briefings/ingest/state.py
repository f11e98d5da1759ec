"""What ingest has already seen for one briefing: feed validators (ETag, Last-Modified), the
article URLs met (kept or filtered out), and the inbox files read. Kept in
``.briefings/ingest/<briefing>.json`` beside the configuration, written atomically, so an
interrupted run never loses or corrupts it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.building.files import atomic_write
from briefings.constants import STATE_DIR


@dataclass
class IngestState:
    """The per-briefing memory of ingest."""

    path: Path
    feeds: dict[str, dict[str, str]] = field(default_factory=dict)
    seen_urls: dict[str, str] = field(default_factory=dict)  # url -> what happened to it
    inbox: dict[str, str] = field(default_factory=dict)  # sha256 -> file name

    @classmethod
    def load(cls, root: Path, briefing: Path) -> IngestState:
        path = root / STATE_DIR / "ingest" / f"{briefing.stem}.json"
        try:
            data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}  # missing or unreadable: start afresh (dedupe against the archive still holds)
        return cls(path, dict(data.get("feeds", {})), dict(data.get("seen_urls", {})),
                   dict(data.get("inbox", {})))

    def save(self) -> None:
        data = {"feeds": self.feeds, "seen_urls": self.seen_urls, "inbox": self.inbox}
        atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True).encode())
