"""Start the preview (first build, watcher, server) and stop it all cleanly.

The preview renders into a temporary folder that is removed on exit, as MkDocs' ``serve``
does: the workspace's output folder is never written. Ctrl-C (or SIGTERM) unwinds through
``finally``: the event streams are woken, the watcher and the server stop, the folder goes.
"""

from __future__ import annotations

import logging
import tempfile
import webbrowser
from collections.abc import Callable, Sequence
from pathlib import Path

from briefings.api import workspace_briefings
from briefings.building.jobs import PdfOptions
from briefings.building.workspace import Workspace
from briefings.errors import BriefingError
from briefings.load.toml import load_config
from briefings.serve.preview import Preview
from briefings.serve.server import PreviewServer
from briefings.serve.watch import Watcher

LOGGER = logging.getLogger("briefings")
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


def serve(paths: Sequence[Path | str] = (), *, config: Path | None = None,
          root: Path | str = ".", host: str = "127.0.0.1", port: int = 8000,
          open_browser: bool = False, ready: Callable[[str], None] | None = None) -> None:
    """Serve the workspace's briefings (or ``paths``) until interrupted."""
    settings_of = load_config(config, root=Path(root))
    def targets() -> list[Path]:
        return [Path(p) for p in paths] if paths else workspace_briefings(settings_of)
    if host not in LOCAL_HOSTS:
        LOGGER.warning("warning: serving on %s: anyone who can reach this address can read "
                       "the briefings; the preview is meant for 127.0.0.1", host)
    with tempfile.TemporaryDirectory(prefix="briefings-serve-") as folder:
        LOGGER.debug("preview folder: %s", folder)
        workspace = Workspace.from_config(settings_of, Path(folder))
        settings = settings_of.settings
        preview = Preview(targets, workspace, PdfOptions(settings.pdf_variant,
                                                          settings.toc_min_pages))
        try:
            server = PreviewServer((host, port), preview)
        except OSError as error:
            raise BriefingError(f"cannot serve on {host}:{port}: {error.strerror}") from None
        watcher: Watcher | None = None
        try:
            preview.refresh()
            watcher = Watcher(preview)
            watcher.start()
            url = f"http://{_url_host(host)}:{server.server_address[1]}/"
            LOGGER.info("serving %d briefing(s) on %s (Ctrl-C to stop)", len(preview.entries),
                        url)
            if ready is not None:
                ready(url)
            if open_browser:
                webbrowser.open(url)
            server.serve_forever(poll_interval=0.2)
        finally:
            preview.stop()
            server.server_close()
            if watcher is not None:
                watcher.stop_event.set()
                watcher.join(timeout=5)


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
