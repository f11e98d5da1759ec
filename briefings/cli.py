"""The command-line shell: parse options, call one library function, print the outcome.

Exit codes: 0 success; 1 the user's input needs fixing (messages say where); 2 wrong usage;
3 an internal error (a bug in briefings: please report it with the traceback shown).
Heavy modules (the renderer, WeasyPrint) are imported only by the commands that need them.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence
from pathlib import Path

import click

from . import __version__
from .errors import BriefingError, Issue, ValidationFailed

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE, EXIT_INTERNAL = 0, 1, 2, 3


def _echo_issues(issues: Sequence[Issue]) -> None:
    for issue in issues:
        click.echo(str(issue), err=True)


def _default_paths(paths: tuple[Path, ...]) -> list[Path]:
    return list(paths) if paths else [Path("seeds")]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
def cli() -> None:
    """Turn validated briefing YAML into Markdown and PDF briefings."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
def validate(paths: tuple[Path, ...], strict: bool) -> None:
    """Check briefing files (default: seeds/) and report every problem at once."""
    from .validate import validate_paths

    loaded, warnings = validate_paths(_default_paths(paths), strict=strict)
    _echo_issues(warnings)
    click.echo(f"{len(loaded)} briefing(s) valid, {len(warnings)} warning(s)", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: from the configuration, else output/).")
@click.option("--format", "formats", default=None,
              help="Comma-separated formats: md, pdf, html (default: from the configuration, else md,pdf).")
@click.option("--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Workspace configuration (default: briefings.toml or pyproject.toml here).")
@click.option("--workspace", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Workspace folder without a configuration file (default: the current folder).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--force", is_flag=True, help="Rebuild even what is up to date.")
@click.option("--workers", type=click.IntRange(0, 256), default=None,
              help="Worker processes (default: from the configuration, else one per core).")
@click.option("--no-wait", is_flag=True, help="Exit at once if another build holds the output folder.")
@click.option("--pdf-variant", type=click.Choice(["pdf/ua-1", "pdf/a-3b", "none"]), default=None,
              help="pdf/ua-1 (tagged, accessible; default), pdf/a-3b (archival, with the YAML and "
                   "sources attached) or none.")
def build(paths: tuple[Path, ...], output: Path | None, formats: str | None, config_path: Path | None,
          workspace: Path | None, strict: bool, force: bool, workers: int | None, no_wait: bool,
          pdf_variant: str | None) -> None:
    """Build briefings (default: those the configuration names, else seeds/) into Markdown and PDF."""
    from .workers import warm_up

    warm_up()  # WeasyPrint loads in the render server while we read and validate
    from .build import PdfOptions, Workspace, build as run_build
    from .config import load_config

    config = load_config(config_path, root=workspace or Path("."))
    chosen = ([fmt.strip() for fmt in formats.split(",") if fmt.strip()] if formats
              else list(config.settings.formats))
    targets = list(paths) or config.briefing_files() or [config.root / "seeds"]
    with _progress_display() as progress:
        report = run_build(
            targets,
            Workspace.from_config(config, output),
            formats=chosen,
            strict=strict,
            force=force,
            workers=config.settings.workers if workers is None else workers,
            wait_for_lock=not no_wait,
            progress=progress,
            time_budget=config.settings.time_budget_seconds,
            memory_budget=config.settings.memory_budget_mib,
            pdf=PdfOptions(pdf_variant or config.settings.pdf_variant, config.settings.toc_min_pages),
        )
    _echo_issues(report.warnings)
    for source, reason in report.failed.items():
        click.echo(f"failed {source}: {reason}", err=True)
    click.echo(report.summary(), err=True)
    if not report.ok:
        raise SystemExit(EXIT_USER_ERROR)


class _progress_display:
    """A progress bar on a terminal; plain log lines otherwise (cron, CI, log files)."""

    def __enter__(self):
        if sys.stderr.isatty():
            from rich.progress import Progress

            self._bar = Progress(transient=True)
            self._bar.start()
            self._task = self._bar.add_task("building", total=None)
            return self._on_tty
        self._bar = None
        return self._on_log

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()

    def _on_tty(self, event: str, name: str, detail: str) -> None:
        self._bar.update(self._task, advance=1 if event in ("built", "failed", "skipped") else 0,
                         description=f"{event} {Path(name.split(' (')[0]).name}")
        if event in ("built", "failed"):
            self._bar.console.print(f"{event} {name}" + (f": {detail}" if detail else ""))

    @staticmethod
    def _on_log(event: str, name: str, detail: str) -> None:
        if event in ("built", "failed", "skipped"):
            click.echo(f"{event} {name}" + (f" ({detail})" if detail else ""), err=True)


@cli.command()
@click.argument("briefing_id")
@click.option("--dir", "folder", type=click.Path(path_type=Path, file_okay=False),
              default=Path("seeds"), show_default=True, help="Where to write the skeleton.")
def new(briefing_id: str, folder: Path) -> None:
    """Write a commented skeleton briefing BRIEFING_ID.yaml with every section."""
    from .skeleton import write_skeleton

    for path in write_skeleton(briefing_id, folder):
        click.echo(f"wrote {path}", err=True)


@cli.command()
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl",
              show_default=True, help="One JSON object per quote, or a table for reading.")
def quotes(article: Path, fmt: str) -> None:
    """List every direct quotation (3+ words) in ARTICLE with its speaker."""
    import json

    from .extract import extract_quotes
    from .fsio import read_text_file

    found = extract_quotes(read_text_file(article))
    if fmt == "jsonl":
        for quote in found:
            click.echo(json.dumps(quote.as_dict(), ensure_ascii=False))
        return
    from rich.console import Console
    from rich.table import Table

    table = Table("#", "speaker", "cue", "quote", show_lines=False)
    for number, quote in enumerate(found, start=1):
        table.add_row(str(number), quote.speaker or "?", quote.cue or "—", quote.quote)
    Console().print(table)


@cli.command()
@click.argument("gold", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--articles", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder of the articles the gold file names (default: articles/ beside it).")
def evaluate(gold: Path, articles: Path | None) -> None:
    """Score quote extraction against GOLD (JSON lines): P, R, F1, speaker accuracy."""
    from .extract.evaluate import evaluate as run_evaluation, format_report

    folder = articles or gold.parent / "articles"
    try:
        scores = run_evaluation(gold, folder)
    except (OSError, ValueError) as error:
        raise BriefingError(str(error)) from None
    click.echo(format_report(scores))


@cli.command()
@click.argument("article", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--id", "briefing_id", default=None, help="Briefing id (default: from the file name).")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Where to write the new briefing (default: ID.yaml here).")
@click.option("--into", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Merge the article into this existing briefing instead.")
def draft(article: Path, briefing_id: str | None, output: Path | None, into: Path | None) -> None:
    """Draft a briefing from ARTICLE (quotes, speakers, parties, candidate consequences)."""
    from .draft import draft as make_draft, merge_into, slugify, write_draft
    from .validate import validate_paths

    if into is not None:
        result, added = merge_into(article, into)
        if any(added.values()):
            write_draft(result, into, overwrite=True)
        target = into
        click.echo("added " + ", ".join(f"{n} {what}" for what, n in added.items()), err=True)
    else:
        target = output or Path(f"{briefing_id or slugify(article.stem, 'draft')}.yaml")
        write_draft(make_draft(article, target, briefing_id=briefing_id), target)
        click.echo(f"wrote {target}", err=True)
    _, warnings = validate_paths([target])
    _echo_issues(warnings)
    click.echo(f"{target} is valid; lines marked REVIEW need an analyst", err=True)


@cli.group()
def source() -> None:
    """Archived sources of a briefing."""


@source.command("add")
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
    from .sources import add_source

    entry = add_source(file, briefing, source_id=source_id, title=title, publisher=publisher,
                       url=url, published=published)
    click.echo(f"archived {entry['text']} as source '{entry['id']}' (sha256 {entry['sha256'][:12]}…)",
               err=True)


@cli.group()
def schedule() -> None:
    """Scheduled rebuilds defined in the workspace configuration."""


_config_option = click.option(
    "--config", "config_path", type=click.Path(path_type=Path, dir_okay=False), default=None,
    help="Workspace configuration (default: briefings.toml or pyproject.toml here).")


@schedule.command("list")
@_config_option
@click.option("--count", type=click.IntRange(1, 50), default=3, show_default=True,
              help="How many next run times to show.")
def schedule_list(config_path: Path | None, count: int) -> None:
    """Show each schedule with its next run times."""
    import datetime as dt

    from .config import load_config
    from .schedule import next_runs

    config = load_config(config_path)
    if not config.settings.schedules:
        click.echo("no schedules defined", err=True)
        return
    now = dt.datetime.now(dt.timezone.utc)
    for item in config.settings.schedules:
        click.echo(f"{item.name}: {item.cron} ({item.timezone})")
        for when in next_runs(item, now, count):
            click.echo(f"  {when.isoformat()}")


@schedule.command("run")
@_config_option
def schedule_run(config_path: Path | None) -> None:
    """Run the schedules in the foreground until SIGTERM or Ctrl-C."""
    from .config import load_config
    from .schedule import run_forever, setup_logging

    config = load_config(config_path)
    setup_logging(config.resolve(config.settings.log_file))
    run_forever(config)


@schedule.command("export")
@_config_option
@click.option("--cron", "kind", flag_value="cron", help="crontab lines.")
@click.option("--systemd", "kind", flag_value="systemd", help="a systemd service and timer per schedule.")
@click.option("--github-actions", "kind", flag_value="github", help="a GitHub Actions workflow.")
def schedule_export(config_path: Path | None, kind: str | None) -> None:
    """Print ready-to-install entries that run `briefings build` on the schedules."""
    from .config import load_config
    from .schedule import export_cron, export_github_actions, export_systemd

    if kind is None:
        raise click.UsageError("choose one of --cron, --systemd, --github-actions")
    config = load_config(config_path)
    exporter = {"cron": export_cron, "systemd": export_systemd, "github": export_github_actions}[kind]
    click.echo(exporter(config), nl=False)


@cli.command("extract-data")
@click.argument("pdf", type=click.Path(path_type=Path, dir_okay=False))
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default=Path("."),
              show_default=True, help="Folder to write the embedded files into.")
def extract_data(pdf: Path, output: Path) -> None:
    """Write out the briefing YAML and sources embedded in an archival PDF."""
    from .archive import extract_data as run_extract

    for path in run_extract(pdf, output):
        click.echo(f"wrote {path}", err=True)


@cli.command()
def schema() -> None:
    """Print the JSON Schema of briefing YAML files (for editors)."""
    import json

    from .model import Briefing

    click.echo(json.dumps(Briefing.model_json_schema(), indent=2))


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code; user errors are printed without a traceback."""
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="briefings",
                 standalone_mode=False)
    except ValidationFailed as failure:
        _echo_issues(failure.issues)
        errors = sum(1 for issue in failure.issues if issue.is_error)
        warnings = len(failure.issues) - errors
        click.echo(f"{errors} error(s), {warnings} warning(s); nothing was written", err=True)
        return EXIT_USER_ERROR
    except BriefingError as error:
        click.echo(f"error: {error}", err=True)
        return EXIT_USER_ERROR
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return EXIT_USER_ERROR
    except click.ClickException as error:
        error.show()
        return EXIT_USAGE
    except SystemExit as exit_:
        return int(exit_.code or 0) if not isinstance(exit_.code, str) else EXIT_USER_ERROR
    except KeyboardInterrupt:
        click.echo("interrupted", err=True)
        return 130
    except Exception:  # a bug in briefings, not in the user's input
        click.echo("briefings: internal error (this is a bug; please report it):", err=True)
        traceback.print_exc()
        return EXIT_INTERNAL
    return EXIT_OK


def run() -> None:
    """Console-script entry point.

    Once the command has finished and its output is flushed, the process ends at once: the
    interpreter's own teardown of every imported module costs 50-80 ms, a twentieth of a
    whole build, and there is nothing left to clean up (the lock is released, files are
    closed, the render server exits when its pipe closes).
    """
    import logging
    import os

    code = main()
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
