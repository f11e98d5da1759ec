"""``briefings schema`` and ``briefings extract-data``: what a briefing may hold, and what an
archival PDF carries."""

from __future__ import annotations

import json
from pathlib import Path

import click

from briefings.building.archive import extract_data
from briefings.cli.output import say
from briefings.schema.briefing import Briefing


@click.command("extract-data")
@click.argument("pdf", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Folder to write the embedded files into.")
def extract_data_command(pdf: Path, output: Path) -> None:
    """Write out the briefing YAML and sources embedded in an archival PDF."""
    for path in extract_data(pdf, output):
        say(f"wrote {path}")


@click.command("schema")
def schema_command() -> None:
    """Print the JSON Schema of briefing YAML files (for editors)."""
    click.echo(json.dumps(Briefing.model_json_schema(), indent=2))


COMMANDS = [extract_data_command, schema_command]
