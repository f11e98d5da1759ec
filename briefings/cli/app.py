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


#: each command → the module that defines it (in its ``COMMANDS``), and the first sentence of its
#: help, which ``briefings --help`` lists, so that listing the commands loads none of them (a
#: test checks both against the commands themselves)
COMMAND_TABLE = {
    "build": ("briefings.cli.build", "Build briefings (default: those the configuration names, else "
                                     "seeds/) into Markdown and PDF."),
    "deliver": ("briefings.cli.deliver", "Send each new edition of the configured briefings (default: "
                                         "all) by e-mail and/or webhook; what failed before is retried."),
    "doctor": ("briefings.cli.doctor", "Check Pango and the fonts, and say what to install if anything "
                                       "is missing."),
    "draft": ("briefings.cli.drafting", "Draft a briefing from ARTICLE (quotes, speakers, parties, "
                                        "candidate consequences)."),
    "evaluate": ("briefings.cli.extract", "Score quote extraction against GOLD (JSON lines): P, R, F1, "
                                          "speaker accuracy."),
    "extract-data": ("briefings.cli.inspect", "Write out the briefing YAML and sources embedded in an "
                                              "archival PDF."),
    "ingest": ("briefings.cli.ingest", "Collect new articles from the inboxes and feeds of the "
                                       "configured briefings (default: all) and draft them in as "
                                       "proposed material for `briefings review`."),
    "init": ("briefings.cli.init", "Create a workspace in FOLDER (default: here); refuses to overwrite "
                                   "anything."),
    "new": ("briefings.cli.drafting", "Write a commented skeleton briefing BRIEFING_ID.yaml with every "
                                      "section."),
    "quotes": ("briefings.cli.extract", "List every direct quotation (3+ words) in ARTICLE with its "
                                        "speaker."),
    "review": ("briefings.cli.review", "List BRIEFING's proposed items with the passage each came from; "
                                       "accept or reject them."),
    "schedule": ("briefings.cli.schedule", "Scheduled rebuilds defined in the workspace configuration."),
    "schema": ("briefings.cli.inspect", "Print the JSON Schema of briefing YAML files (for editors)."),
    "serve": ("briefings.cli.serve", "Serve the briefings (default: those the configuration names) with "
                                     "live reload: save a file and the open page shows the change, or "
                                     "what is wrong with it."),
    "source": ("briefings.cli.drafting", "Archived sources of a briefing."),
    "update": ("briefings.cli.update", "Ingest new articles, build, and deliver new editions, for the "
                                       "configured briefings (default: all)."),
    "validate": ("briefings.cli.build", "Check briefing files (default: those the configuration names, "
                                        "else seeds/) and report every problem at once."),
}


class LazyCommands(click.Group):
    """The command group that loads a command's module (and with it the stage the command
    runs: the models, the renderer, the extractor…) only when that command is asked for, so
    that ``briefings --version``, ``briefings --help`` and every command load no stage but
    their own."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMAND_TABLE)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMAND_TABLE:
            # start-up: the one place where a command's module, and its stage, is loaded (on use)
            module = importlib.import_module(COMMAND_TABLE[cmd_name][0])
            for command in module.COMMANDS:
                self.add_command(with_verbosity(command))
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The commands and their help's first sentences, from the table, as click lists them."""
        limit = formatter.width - 6 - max(len(name) for name in COMMAND_TABLE)
        rows = [(name, click.Command(name, help=summary).get_short_help_str(limit))
                for name, (_, summary) in sorted(COMMAND_TABLE.items())]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


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
