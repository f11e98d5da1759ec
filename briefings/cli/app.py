"""The ``briefings`` command group, its exit codes (:mod:`briefings.cli.exits`) and its error
printing."""

from __future__ import annotations

import signal
import sys
import time
import traceback
from collections.abc import Sequence
from types import FrameType

import click

from briefings.cli import build as build_commands
from briefings.cli import deliver as deliver_commands
from briefings.cli import doctor as doctor_commands
from briefings.cli import drafting as drafting_commands
from briefings.cli import extract as extract_commands
from briefings.cli import ingest as ingest_commands
from briefings.cli import init as init_commands
from briefings.cli import inspect as inspect_commands
from briefings.cli import review as review_commands
from briefings.cli import schedule as schedule_commands
from briefings.cli import serve as serve_commands
from briefings.cli import update as update_commands
from briefings.cli.exits import (
    EXIT_INTERNAL,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    EXIT_USER_ERROR,
)
from briefings.cli.options import with_verbosity
from briefings.cli.output import configure_logging, detail, echo_failure
from briefings.constants import VERSION as __version__
from briefings.errors import BriefingError, InternalError, ValidationFailed


class Terminated(BaseException):
    """SIGTERM arrived: unwind like Ctrl-C (workers stopped, locks released), exit 143."""


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
@click.option("-v", "--verbose", count=True, help="Say more (repeat for debugging detail).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def cli(verbose: int, quiet: bool) -> None:
    """Turn validated briefing YAML into Markdown and PDF briefings."""
    configure_logging(-1 if quiet else verbose)


for module in (build_commands, drafting_commands, extract_commands, schedule_commands,
               inspect_commands, review_commands, ingest_commands, deliver_commands,
               update_commands, init_commands, doctor_commands, serve_commands):
    for command in module.COMMANDS:
        cli.add_command(with_verbosity(command))


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI and return its exit code; the user's errors are printed without a
    traceback, ours with one."""
    configure_logging(0)
    previous = signal.signal(signal.SIGTERM, _terminate)
    started = time.perf_counter()
    try:
        code = _dispatch(argv)
        detail(f"exit code {code} after {time.perf_counter() - started:.2f} s")  # with -v
        return code
    finally:
        signal.signal(signal.SIGTERM, previous)


def _dispatch(argv: Sequence[str] | None) -> int:
    try:
        cli.main(args=list(argv) if argv is not None else None, prog_name="briefings",
                 standalone_mode=False)
    except ValidationFailed as failure:
        echo_failure(failure)
        return EXIT_USER_ERROR
    except BriefingError as error:
        click.echo(f"error: {error}", err=True)
        return EXIT_USER_ERROR
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("interrupted", err=True)
        return EXIT_INTERRUPTED
    except Terminated:
        click.echo("terminated", err=True)
        return EXIT_TERMINATED
    except click.ClickException as error:
        error.show()
        return EXIT_USAGE
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else EXIT_USER_ERROR
    except InternalError as error:
        click.echo("briefings: internal error (this is a bug; please report it):", err=True)
        click.echo(error.traceback or str(error), err=True)
        return EXIT_INTERNAL
    except Exception:  # a bug in briefings, not in the user's input
        click.echo("briefings: internal error (this is a bug; please report it):", err=True)
        traceback.print_exc()
        return EXIT_INTERNAL
    return EXIT_OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
