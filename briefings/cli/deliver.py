"""``briefings deliver``: send new editions by e-mail and webhook, as configured."""

from __future__ import annotations

from pathlib import Path

import click

from briefings.cli.options import config_option, workspace_config
from briefings.cli.output import say
from briefings.deliver.run import deliver


@click.command("deliver")
@click.argument("briefings", nargs=-1)
@config_option
@click.option("--resend", "resend", multiple=True, metavar="KEY",
              help="Send again the messages of edition KEY that may have been sent (a run that "
                   "died while sending); the key is the one `deliver` printed.")
def deliver_command(briefings: tuple[str, ...], config_path: Path | None, resend: tuple[str, ...]) -> None:
    """Send each new edition of the configured briefings (default: all) by e-mail and/or
    webhook; what failed before is retried. An edition that still holds a REVIEW placeholder
    is held back, with the reason said. Exits 1 if anything failed."""
    report = deliver(workspace_config(config_path), briefings, resend=resend)
    say(f"deliver: {report.summary()}")
    if report.failed:
        raise SystemExit(1)


COMMANDS = [deliver_command]
