"""``briefings quotes`` and ``briefings evaluate``: quote extraction and its scores."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from briefings.errors import BriefingError
from briefings.extract import extract_quotes
from briefings.extract.evaluate import evaluate, format_report
from briefings.load.files import read_text_file


@click.command("quotes")
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="One JSON object per quote, or a table for reading.")
def quotes_command(article: Path, fmt: str) -> None:
    """List every direct quotation (3+ words) in ARTICLE with its speaker."""
    found = extract_quotes(read_text_file(article))
    if fmt == "jsonl":
        for quote in found:
            click.echo(json.dumps(quote.as_dict(), ensure_ascii=False))
        return
    table = Table("#", "speaker", "party", "sure", "evidence", "party evidence", "cue", "quote", show_lines=False)
    for number, quote in enumerate(found, start=1):  # the article's text is shown, never read as markup
        speaker = quote.speaker or f"? ({quote.reason})"
        party = quote.party or f"? ({quote.party_reason})"
        table.add_row(str(number), Text(speaker), Text(party), f"{quote.confidence:.2f}", Text(quote.evidence),
                      Text(quote.party_evidence or "—"), Text(quote.cue or "—"), Text(quote.quote))
    Console(highlight=False).print(table)


@click.command("evaluate")
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--articles", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder of the articles the gold file names (default: articles/ beside it).")
def evaluate_command(gold: Path, articles: Path | None) -> None:
    """Score quote extraction against GOLD (JSON lines): P, R, F1, speaker accuracy."""
    folder = articles or gold.parent / "articles"
    try:
        scores = evaluate(gold, folder)
    except (OSError, ValueError) as error:
        raise BriefingError(str(error)) from None
    click.echo(format_report(scores))


COMMANDS = [quotes_command, evaluate_command]
