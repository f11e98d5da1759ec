"""``briefings schedule list|run|export``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from briefings.cli.options import config_option, workspace_config
from briefings.cli.output import detail, say
from briefings.schedule.export import export_cron, export_github_actions, export_systemd
from briefings.schedule.run import build_command, next_runs, run_forever, setup_logging


@click.group("schedule")
def schedule_group() -> None:
    """Scheduled rebuilds defined in the workspace configuration."""


@schedule_group.command("list")
@config_option
@click.option("--count", type=click.IntRange(1, 50), default=3, show_default=True,
              help="How many next run times to show.")
def schedule_list(config_path: Path | None, count: int) -> None:
    """Show each schedule with its next run times."""
    config = workspace_config(config_path)
    if not config.settings.schedules:
        say("no schedules defined")
        return
    now = dt.datetime.now(dt.UTC)
    for item in config.settings.schedules:
        click.echo(f"{item.name}: {item.cron} ({item.timezone})")
        detail(f"  runs: {' '.join(build_command(config, item))}")
        for when in next_runs(item, now, count):
            click.echo(f"  {when:%a %d %b %Y %H:%M %Z} ({when.isoformat()})")


@schedule_group.command("run")
@config_option
def schedule_run(config_path: Path | None) -> None:
    """Run the schedules in the foreground until SIGTERM or Ctrl-C."""
    config = workspace_config(config_path)
    setup_logging(config.resolve(config.settings.log_file))
    run_forever(config)


@schedule_group.command("export")
@config_option
@click.option("--cron", "kinds", flag_value="cron", multiple=True, help="crontab lines.")
@click.option("--systemd", "kinds", flag_value="systemd", multiple=True,
              help="a systemd service and timer per schedule.")
@click.option("--github-actions", "kinds", flag_value="github", multiple=True,
              help="a GitHub Actions workflow.")
def schedule_export(config_path: Path | None, kinds: tuple[str, ...]) -> None:
    """Print ready-to-install entries that run what `schedule run` runs on the schedules:
    `briefings update` (ingest, build, deliver) when [[inputs]] are configured, else `briefings
    build`. The GitHub workflow also carries the loop's state between runs (Actions cache),
    commits material proposed for review, and reads credentials from repository secrets."""
    if len(kinds) != 1:
        raise click.UsageError("choose exactly one of --cron, --systemd, --github-actions")
    config = workspace_config(config_path)
    exporter = {"cron": export_cron, "systemd": export_systemd,
                "github": export_github_actions}[kinds[0]]
    click.echo(exporter(config), nl=False)


COMMANDS = [schedule_group]
