"""How the CLI speaks: status lines through logging (so ``-q`` and ``-v`` apply everywhere),
problems as ``file:line:col: field: message`` lines on stderr."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence

import click

from briefings.errors import Issue, ValidationFailed

LOGGER = logging.getLogger("briefings")


def configure_logging(verbosity: int) -> None:
    """-q → errors only; default → status lines; -v → details; -vv → debugging."""
    level = {-1: logging.ERROR, 0: logging.INFO, 1: logging.DEBUG}.get(
        max(-1, min(verbosity, 1)), logging.DEBUG)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    LOGGER.handlers[:] = [handler]
    LOGGER.setLevel(level)
    LOGGER.propagate = False


def say(message: str) -> None:
    """A status line (suppressed by -q)."""
    LOGGER.info(message)


def detail(message: str) -> None:
    """A detail shown with -v."""
    LOGGER.debug(message)


def quiet() -> bool:
    """Whether -q asked for errors only (a command's report then lists only its problems)."""
    return not LOGGER.isEnabledFor(logging.INFO)


def echo_issues(issues: Sequence[Issue]) -> None:
    """Problems and warnings, one per line, always shown (warnings hidden by -q)."""
    for issue in issues:
        if issue.is_error:
            click.echo(str(issue), err=True)
        else:
            LOGGER.warning(str(issue))


def echo_failure(failure: ValidationFailed, consequence: str = "") -> None:
    """Every issue of a failed validation, then one line counting them."""
    echo_issues(failure.issues)
    errors = sum(1 for issue in failure.issues if issue.is_error)
    line = f"{errors} error(s), {len(failure.issues) - errors} warning(s)"
    if not errors:  # only --strict fails on warnings alone
        line += " (warnings count as errors under --strict)"
    click.echo(f"{line}; {consequence}" if consequence else line, err=True)
