"""``briefings update``: the loop of a developing story, once (what ``schedule run`` runs)."""

from __future__ import annotations

from pathlib import Path

import click

from briefings.cli.options import config_option, workspace_config
from briefings.cli.output import say
from briefings.schedule.cycle import run_cycle


@click.command("update")
@click.argument("briefings", nargs=-1)
@config_option
@click.option("--force", is_flag=True, help="Rebuild even what is up to date.")
def update_command(briefings: tuple[str, ...], config_path: Path | None, force: bool) -> None:
    """Ingest new articles, build, and deliver new editions, for the configured briefings
    (default: all). Each step is logged with its counts; exits 1 if any step had a problem."""
    report = run_cycle(workspace_config(config_path), briefings, force=force)
    say(f"update: {report.articles} new article(s), {report.proposed} proposed item(s), "
        f"{report.editions} new edition(s), {report.sent} message(s) sent")
    if not report.ok:
        raise SystemExit(1)


COMMANDS = [update_command]
