"""``briefings validate`` and ``briefings build``.

The commands call the public API through the package (``briefings.build_workspace``), whose
names load on first use: the CLI starts without the models, the parser or the renderer.
"""

from __future__ import annotations

from pathlib import Path

import click

import briefings
from briefings.cli.options import config_option
from briefings.cli.output import LOGGER, detail, echo_failure, echo_issues, say
from briefings.cli.progress import progress_display
from briefings.constants import FORMATS, PDF_VARIANTS
from briefings.errors import InternalError, ValidationFailed
from briefings.validation.review import count_placeholders

report_option = click.option(
    "--report", "report_format", type=click.Choice(["text", "json"]), default="text",
    help="json: print one JSON document on stdout (issues, and each briefing with its status "
         "and outputs) instead of messages; the exit code is unchanged.")


@click.command("validate")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@config_option
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@report_option
def validate_command(paths: tuple[Path, ...], config_path: Path | None, strict: bool,
                     report_format: str) -> None:
    """Check briefing files (default: those the configuration names, else seeds/) and report
    every problem at once."""
    if report_format == "json":
        # start-up: the JSON report loads the build stage: ~185 ms, +16 % on validate's imports
        from briefings.cli.report import validate_report

        raise SystemExit(validate_report(paths, strict=strict, config_path=config_path))
    result = briefings.validate(paths, strict=strict, config=config_path)
    for path, briefing in zip(result.paths, result.briefings, strict=True):
        detail(f"valid {path} ({briefing.id})")
    echo_issues(result.warnings)
    say(f"{len(result.briefings)} briefing(s) valid, {len(result.warnings)} warning(s)")


def _formats(value: str | None) -> list[str] | None:
    if value is None:
        return None
    chosen = [fmt.strip() for fmt in value.split(",") if fmt.strip()]
    unknown = [fmt for fmt in chosen if fmt not in FORMATS]
    if unknown or not chosen:
        raise click.BadParameter(f"choose from {', '.join(FORMATS)} (comma-separated)",
                                 param_hint="--format")
    return chosen


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", "output", type=click.Path(path_type=Path), default=None,
              help="Output folder (default: from the configuration, else output/).")
@click.option("--format", "formats", default=None,
              help="Comma-separated formats: md, pdf, html (default: from the configuration, "
                   "else md,pdf).")
@config_option
@click.option("--workspace", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Workspace folder without a configuration file (default: the current folder).")
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.option("--force", is_flag=True, help="Rebuild even what is up to date.")
@click.option("--workers", type=click.IntRange(0, 256), default=None,
              help="Worker processes (default: from the configuration, else one per core).")
@click.option("--no-wait", is_flag=True, help="Exit at once if another build holds the output folder.")
@click.option("--pdf-variant", type=click.Choice(list(PDF_VARIANTS)), default=None,
              help="pdf/ua-1 (tagged, accessible; default), pdf/a-3b (archival, with the YAML "
                   "and sources attached) or untagged.")
@report_option
def build_command(paths: tuple[Path, ...], output: Path | None, formats: str | None,
                  config_path: Path | None, workspace: Path | None, strict: bool, force: bool,
                  workers: int | None, no_wait: bool, pdf_variant: str | None,
                  report_format: str) -> None:
    """Build briefings (default: those the configuration names, else seeds/) into Markdown
    and PDF."""
    chosen = _formats(formats)
    if report_format == "json":
        # start-up: as in validate_command (the report module is shared)
        from briefings.cli.report import build_report

        raise SystemExit(build_report(
            config_path, root=workspace or Path("."), paths=paths, output=output,
            formats=chosen, strict=strict, force=force, workers=workers,
            pdf_variant=pdf_variant, wait_for_lock=not no_wait))
    try:
        with progress_display() as progress:
            report = briefings.build_workspace(
                config_path, root=workspace or Path("."), paths=paths, output=output,
                formats=chosen, strict=strict, force=force, workers=workers,
                pdf_variant=pdf_variant, wait_for_lock=not no_wait, progress=progress)
    except ValidationFailed as failure:
        echo_failure(failure, "nothing was written")
        raise SystemExit(1) from None
    for written in report.written:
        detail(f"wrote {written}")
    echo_issues(report.warnings)
    if report.invalid:
        echo_failure(ValidationFailed([i for issues in report.invalid.values() for i in issues]),
                     f"nothing was written for {len(report.invalid)} invalid briefing(s)")
    placeholders = count_placeholders(report.warnings)
    if placeholders:
        LOGGER.warning(f"{placeholders} review placeholder(s) remain: the brief is not finished "
                       "(`briefings validate --strict` fails until they are resolved)")
    say(report.summary())
    if report.internal_errors:
        first = report.internal_errors[0]
        raise InternalError(first.message, first.traceback)
    if not report.ok:
        raise SystemExit(1)


COMMANDS = [validate_command, build_command]
