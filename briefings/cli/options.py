"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from briefings.cli.output import configure_logging

if TYPE_CHECKING:
    from briefings.schema.config import Config

config_option = click.option(
    "--config", "config_path",
    type=click.Path(path_type=Path, dir_okay=False, exists=True),
    default=None,
    help="Workspace configuration (default: briefings.toml or pyproject.toml here).")


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: object) -> None:
    if param.name == "quiet" and value:
        configure_logging(-1)
    elif param.name == "verbose" and value:
        configure_logging(int(value))  # type: ignore[call-overload]


def with_verbosity(command: click.Command) -> click.Command:
    """Give ``command`` (and, for a group, each of its commands) ``-q`` and ``-v``, so they
    work after the command's name as well as before it."""
    command.params += [
        click.Option(["-v", "--verbose"], count=True, expose_value=False, is_eager=True,
                     callback=_set_verbosity, help="Say more (repeat for debugging detail)."),
        click.Option(["-q", "--quiet"], is_flag=True, expose_value=False, is_eager=True,
                     callback=_set_verbosity, help="Only errors."),
    ]
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            with_verbosity(sub)
    return command


def workspace_config(path: Path | None) -> Config:
    """The workspace configuration (:func:`briefings.load_config`), loaded when a command runs
    rather than when the CLI starts, so ``briefings --help`` and a build's start stay light."""
    # start-up: the configuration's models (pydantic) ~910 ms, 3.7× all of --version's imports
    from briefings.load.toml import load_config

    return load_config(path)
