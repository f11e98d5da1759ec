"""``briefings ingest``: collect new articles for the configured briefings."""

from __future__ import annotations

from pathlib import Path

import click

from briefings.cli.options import config_option, workspace_config
from briefings.cli.output import say
from briefings.ingest.run import ingest


@click.command("ingest")
@click.argument("briefings", nargs=-1)
@config_option
def ingest_command(briefings: tuple[str, ...], config_path: Path | None) -> None:
    """Collect new articles from the inboxes and feeds of the configured briefings (default:
    all) and draft them in as proposed material for `briefings review`."""
    report = ingest(workspace_config(config_path), briefings)
    say(f"ingest: {report.summary()}")
    if report.problems:
        raise SystemExit(1)


COMMANDS = [ingest_command]
