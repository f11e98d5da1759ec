"""``briefings doctor``: check the system libraries and fonts PDF output needs, and say what
to install when something is missing. Exit 0 when PDFs can be made, 1 otherwise."""

from __future__ import annotations

import click

from briefings.cli.output import quiet
from briefings.render.doctor import run_checks


@click.command("doctor")
def doctor_command() -> None:
    """Check Pango and the fonts, and say what to install if anything is missing."""
    checks = run_checks()
    for check in checks:
        if check.ok and quiet():
            continue
        label = "ok" if check.ok else "optional" if check.optional else "MISSING"
        click.echo(f"{label:8} {check.name}: {check.found}")
        if check.advice:
            click.echo(f"         {check.advice}")
    if not all(check.ok or check.optional for check in checks):
        click.echo("PDF output will not work on this machine until the above is installed.",
                   err=True)
        raise SystemExit(1)
    if not quiet():
        click.echo("PDF output works on this machine.")


COMMANDS = [doctor_command]
