"""What ingest has already seen for one briefing: feed validators (ETag, Last-Modified), the
article URLs met (kept or filtered out), and the inbox files read. Kept in
``.briefings/ingest/<stem>-<hash of the briefing's path>.json``
(:func:`briefings.review.lock.state_stem`) beside the configuration (two
briefings with one file name in different folders have a state each), written atomically, so
an interrupted run never loses or corrupts it.

The file is in the workspace, which anyone with write access can change: it is read through a
strict model, without following a link, up to a size cap; one that does not fit is an error
naming the file and the field (never a traceback, never a guess).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, TypeAdapter, ValidationError

from briefings.constants import MAX_STATE_BYTES, STATE_DIR
from briefings.errors import BriefingError
from briefings.filesystem.paths import read_confined
from briefings.filesystem.writing import atomic_write
from briefings.review.lock import state_stem
from briefings.schema.types import Sha256

_Value = Annotated[str, StringConstraints(strict=True, max_length=4000)]


class _Validators(BaseModel):
    """What a feed's server said last time, to ask only for what changed."""

    model_config = ConfigDict(extra="forbid", strict=True)

    etag: _Value | None = None
    last_modified: _Value | None = None


class _StateFile(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)

    feeds: dict[_Value, _Validators] = Field(default_factory=dict)
    seen_urls: dict[_Value, _Value] = Field(default_factory=dict)
    inbox: dict[Sha256, _Value] = Field(default_factory=dict)


STATE_FILE = TypeAdapter(_StateFile)


@dataclass
class IngestState:
    """The per-briefing memory of ingest."""

    path: Path
    root: Path = field(default=Path("."))
    feeds: dict[str, dict[str, str]] = field(default_factory=dict)
    seen_urls: dict[str, str] = field(default_factory=dict)  # url -> what happened to it
    inbox: dict[str, str] = field(default_factory=dict)  # sha256 -> file name

    @classmethod
    def load(cls, root: Path, briefing: Path) -> IngestState:
        relative = f"{STATE_DIR}/ingest/{state_stem(root, briefing)}.json"
        path = root / relative
        if not (path.exists() or path.is_symlink()):
            return cls(path, root)  # a first run: start afresh (dedupe against the archive still holds)
        try:
            data = STATE_FILE.validate_json(read_confined(root, relative, MAX_STATE_BYTES))
        except ValidationError as error:
            detail = error.errors()[0]
            where = ".".join(str(part) for part in detail["loc"]) or "(the file)"
            raise BriefingError(f"{path}: {where}: {detail['msg']}; this is not a state file briefings "
                                "wrote: move it away to start afresh") from None
        feeds = {url: known.model_dump(exclude_none=True) for url, known in data.feeds.items()}
        return cls(path, root, feeds, dict(data.seen_urls), dict(data.inbox))

    def save(self) -> None:
        data = {"feeds": self.feeds, "seen_urls": self.seen_urls, "inbox": self.inbox}
        atomic_write(self.path, json.dumps(data, indent=1, sort_keys=True).encode(), root=self.root)
