"""The ``briefings`` command group, its exit codes (:mod:`briefings.cli.exits`) and its error
printing."""

from __future__ import annotations

import importlib
import signal
import sys
import time
import traceback
from collections.abc import Sequence
from types import FrameType

import click

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


#: each command → the module that defines it (in its ``COMMANDS``); a test checks the two agree
COMMAND_MODULES = {
    "build": "briefings.cli.build",
    "deliver": "briefings.cli.deliver",
    "doctor": "briefings.cli.doctor",
    "draft": "briefings.cli.drafting",
    "evaluate": "briefings.cli.extract",
    "extract-data": "briefings.cli.inspect",
    "ingest": "briefings.cli.ingest",
    "init": "briefings.cli.init",
    "new": "briefings.cli.drafting",
    "quotes": "briefings.cli.extract",
    "review": "briefings.cli.review",
    "schedule": "briefings.cli.schedule",
    "schema": "briefings.cli.inspect",
    "serve": "briefings.cli.serve",
    "source": "briefings.cli.drafting",
    "update": "briefings.cli.update",
    "validate": "briefings.cli.build",
}


class LazyCommands(click.Group):
    """The command group that loads a command's module (and with it the stage the command
    runs: the models, the renderer, the extractor…) only when that command is asked for, so
    ``briefings --version`` and every command load no stage but their own. ``briefings
    --help`` lists every command, so it loads them all."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_MODULES)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_MODULES:
            # start-up: one place where a command's module, and its stage, is loaded on use
            module = importlib.import_module(COMMAND_MODULES[cmd_name])
            for command in module.COMMANDS:
                self.add_command(with_verbosity(command))
        return self.commands.get(cmd_name)


@click.group(cls=LazyCommands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefings")
@click.option("-v", "--verbose", count=True, help="Say more (repeat for debugging detail).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors.")
def cli(verbose: int, quiet: bool) -> None:
    """Turn validated briefing YAML into Markdown and PDF briefings."""
    configure_logging(-1 if quiet else verbose)


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
