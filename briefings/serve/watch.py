"""Which saved file means which briefing to rebuild.

The watcher (``watchfiles``, inotify on Linux) sees the folders that hold the briefings, the
templates and the assets. A changed briefing file is rebuilt alone; a changed archived source
rebuilds the briefings that cite it; a changed template, stylesheet or asset rebuilds them all;
anything else (an editor's swap file, a new output) is ignored.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterable
from pathlib import Path

from watchfiles import watch

from briefings.constants import BRIEFING_SUFFIXES
from briefings.serve.preview import Preview

LOGGER = logging.getLogger("briefings")
#: Milliseconds to gather the changes of one save (editors write, rename, touch).
DEBOUNCE_MS = 40
STEP_MS = 20


def watched_folders(preview: Preview) -> list[Path]:
    """The folders to watch: the briefings', the templates', the assets' (those that exist)."""
    folders = {path.parent for path in preview.files()}
    folders |= {Path(target).resolve() for target in preview.targets() if Path(target).is_dir()}
    space = preview.workspace
    folders |= {folder.resolve() for folder in (*space.template_dirs, *space.asset_dirs)
                if folder.is_dir()}
    return sorted(folders)


def to_rebuild(preview: Preview, changed: Iterable[Path]) -> list[Path] | None:
    """The briefing files to rebuild for these changed files: a list (maybe empty), or None
    for all of them."""
    changed = [path.resolve() for path in changed]
    space = preview.workspace
    shared = [folder.resolve() for folder in (*space.template_dirs, *space.asset_dirs)]
    if any(path.is_relative_to(folder) for path in changed for folder in shared):
        return None
    briefings = [path for path in changed if path.suffix in BRIEFING_SUFFIXES]
    others = [path for path in changed if path.suffix not in BRIEFING_SUFFIXES]
    return briefings + (preview.briefings_citing(others) if others else [])


class Watcher(threading.Thread):
    """Rebuild what changed until ``stop`` is set; never dies on a bad rebuild."""

    def __init__(self, preview: Preview):
        super().__init__(name="briefings-serve-watch", daemon=True)
        self.preview = preview
        self.stop_event = threading.Event()
        self.folders = watched_folders(preview)

    def run(self) -> None:
        if not self.folders:
            return
        for changes in watch(*self.folders, stop_event=self.stop_event, debounce=DEBOUNCE_MS,
                             step=STEP_MS, raise_interrupt=False, rust_timeout=500):
            paths = {Path(path) for _, path in changes}
            started = time.perf_counter()
            try:
                todo = to_rebuild(self.preview, paths)
                if todo is None or todo:
                    self.preview.refresh(todo)
                    LOGGER.info("rebuilt %s in %.2f s", "everything" if todo is None else
                                ", ".join(path.name for path in todo),
                                time.perf_counter() - started)
            except Exception:  # a bug: say so, keep watching
                LOGGER.exception("serve: rebuilding after %s failed", sorted(paths))
