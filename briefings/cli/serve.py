"""``briefings serve``: preview the workspace's briefings in a browser while editing them."""

from __future__ import annotations

from pathlib import Path

import click

from briefings.cli.options import config_option
from briefings.cli.output import say
from briefings.serve import serve


@click.command("serve")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
              help="Port (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but 127.0.0.1 prints a warning.")
@click.option("--open", "open_browser", is_flag=True, help="Open the index in a browser.")
@config_option
def serve_command(paths: tuple[Path, ...], port: int, host: str, open_browser: bool,
                  config_path: Path | None) -> None:
    """Serve the briefings (default: those the configuration names) with live reload: save a
    file and the open page shows the change, or what is wrong with it."""
    try:
        serve(paths, config=config_path, host=host, port=port, open_browser=open_browser)
    except KeyboardInterrupt:
        say("stopped")


COMMANDS = [serve_command]
