"""``briefings new``, ``briefings draft`` and ``briefings source add``."""

from __future__ import annotations

import contextlib
from pathlib import Path

import click

import briefings
from briefings.cli.output import echo_issues, say
from briefings.constants import DEFAULT_BRIEFINGS_FOLDER
from briefings.drafting.infer import slugify
from briefings.drafting.skeleton import write_skeleton
from briefings.drafting.sources import add_source


@click.command("new")
@click.argument("briefing_id")
@click.option("--dir", "folder", type=click.Path(path_type=Path, file_okay=False),
              default=Path(DEFAULT_BRIEFINGS_FOLDER), show_default=True,
              help="Where to write the skeleton.")
def new_command(briefing_id: str, folder: Path) -> None:
    """Write a commented skeleton briefing BRIEFING_ID.yaml with every section."""
    for path in write_skeleton(briefing_id, folder):
        say(f"wrote {path}")


def _default_folder() -> Path | None:
    """The default folder of new briefings (``seeds/``), made in the current folder if it is
    missing, as the help promises; returned if this call made it."""
    folder = Path(DEFAULT_BRIEFINGS_FOLDER)
    if folder.exists() or folder.is_symlink():
        return None
    folder.mkdir()
    return folder


@click.command("draft")
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--id", "briefing_id", default=None, help="Briefing id (default: from the file name).")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Where to write the new briefing (default: seeds/ID.yaml).")
@click.option("--into", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Merge the article into this existing briefing instead.")
def draft_command(article: Path, briefing_id: str | None, output: Path | None,
                  into: Path | None) -> None:
    """Draft a briefing from ARTICLE (quotes, speakers, parties, candidate consequences)."""
    if into is not None and (output is not None or briefing_id is not None):
        raise click.UsageError("--into merges into an existing briefing; it takes no --id or -o")
    made = None
    if into is None and output is None:
        output = Path(DEFAULT_BRIEFINGS_FOLDER) / f"{briefing_id or slugify(article.stem, 'draft')}.yaml"
        made = _default_folder()
    try:
        result = briefings.draft(article, output, briefing_id=briefing_id, into=into)
    except BaseException:
        if made is not None:  # nothing written: leave no empty folder behind
            with contextlib.suppress(OSError):
                made.rmdir()
        raise
    if into is not None:
        say("added " + ", ".join(f"{n} {what}" for what, n in result.added.items()))
    else:
        say(f"wrote {result.path}")
    echo_issues(briefings.validate([result.path]).warnings)
    say(f"{result.path} is valid; lines marked REVIEW need an analyst")


@click.group("source")
def source_group() -> None:
    """Archived sources of a briefing."""


@source_group.command("add")
@click.argument("file", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("briefing", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--id", "source_id", default=None, help="Source id (default: from the file name).")
@click.option("--title", default=None, help="Headline (default: the article's first line).")
@click.option("--publisher", default=None, help="Publisher.")
@click.option("--url", default=None, help="Where it was published (http or https).")
@click.option("--published", default=None, help="Publication date, YYYY-MM-DD (default: today).")
def source_add(file: Path, briefing: Path, source_id: str | None, title: str | None,
               publisher: str | None, url: str | None, published: str | None) -> None:
    """Archive FILE in BRIEFING's sources/ folder and record it with its sha256."""
    entry = add_source(file, briefing, source_id=source_id, title=title, publisher=publisher,
                       url=url, published=published)
    say(f"archived {entry['text']} as source '{entry['id']}' (sha256 {entry['sha256'][:12]}…)")


COMMANDS = [new_command, draft_command, source_group]
