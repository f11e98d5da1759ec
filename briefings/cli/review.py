"""``briefings review``: list proposed material with its passages; accept or reject it."""

from __future__ import annotations

from pathlib import Path

import click

from briefings.cli.options import config_option, workspace_config
from briefings.cli.output import say
from briefings.review.decide import decide, read_tree
from briefings.review.items import SHORT_ID, passage, proposed
from briefings.review.locate import locate
from briefings.review.lock import briefing_lock


def _ids(values: tuple[str, ...]) -> list[str]:
    return [part for value in values for part in value.replace(",", " ").split()]


@click.command("review")
@click.argument("briefing")
@click.option("--accept", multiple=True, metavar="ID", help="Accept proposed items (repeat or comma-separate).")
@click.option("--reject", multiple=True, metavar="ID", help="Reject proposed items for good.")
@config_option
def review_command(briefing: str, accept: tuple[str, ...], reject: tuple[str, ...],
                   config_path: Path | None) -> None:
    """List BRIEFING's proposed items with the passage each came from; accept or reject them.

    BRIEFING is a briefing file or the id of one in the workspace."""
    config = workspace_config(config_path)
    path = locate(briefing, config)
    if accept or reject:
        with briefing_lock(config.root, path):  # the lock ingest takes: neither overwrites the other
            decision = decide(path, _ids(accept), _ids(reject))
        say(f"{path}: {len(decision.accepted)} accepted, {len(decision.rejected)} rejected")
    tree = read_tree(path)
    pending = proposed(tree)
    if not accept and not reject or pending:
        click.echo(f"{path}: {len(pending)} proposed item(s)")
    for item in pending:
        where = f" ({item.party.get('name')})" if item.party is not None else ""
        click.echo(f"{item.fingerprint[:SHORT_ID]}  {item.kind}{where}: {item.summary}")
        found = passage(path.parent, tree, item)
        quotes = item.node.get("quotes", None) or [{}] if item.kind == "party" else [item.node]
        if found:
            click.echo(f"          from {quotes[0].get('source') or 'its source'}: {found}")


COMMANDS = [review_command]
