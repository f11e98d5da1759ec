"""``briefings init``: start a workspace (configuration, an example briefing, a template
override) that ``briefings build`` and ``briefings serve`` work in at once."""

from __future__ import annotations

from pathlib import Path

import click

from briefings.cli.output import detail, say
from briefings.scaffold import init_workspace


@click.command("init")
@click.argument("folder", default=".", type=click.Path(path_type=Path, dir_okay=True))
def init_command(folder: Path) -> None:
    """Create a workspace in FOLDER (default: here); refuses to overwrite anything."""
    for path in init_workspace(folder):
        detail(f"wrote {path}")
    say(f"created a workspace in {folder}: briefings.toml, seeds/, templates/; "
        f"try `briefings build` or `briefings serve` there")


COMMANDS = [init_command]
