"""Credentials for delivery. They never live in ``briefings.toml`` (which is committed, and may
come from someone else): a setting names an environment variable set up for briefings
(``BRIEFINGS_*``, checked when the configuration is loaded) or a file in the secrets folder,
and this module reads it when a message is sent.

The secrets folder is ``$BRIEFINGS_SECRETS_DIR``, else ``~/.config/briefings/secrets``
(``$XDG_CONFIG_HOME/briefings/secrets``). It must be a folder owned by the user running
briefings that nobody else can write, and a credential file must be a regular file in it (not
a link) owned by that user: a configuration cannot name ``/proc/self/environ`` or another
user's file and have it sent to the host it names.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from briefings.errors import BriefingError
from briefings.filesystem.paths import read_regular_file

SECRETS_DIR_VARIABLE = "BRIEFINGS_SECRETS_DIR"
MAX_SECRET_BYTES = 64 * 1024


class DeliveryProblem(BriefingError):
    """A delivery could not be made (settings, credentials, the server); retried next run."""


def secrets_folder() -> Path:
    """Where credential files are kept (see the module's docstring)."""
    named = os.environ.get(SECRETS_DIR_VARIABLE)
    if named:
        return Path(named).expanduser()
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "briefings" / "secrets"


def read_secret(what: str, env: str | None, file: str | None, root: Path) -> str | None:
    """The secret named by ``env`` or ``file``; None if neither is set."""
    if env:
        value = os.environ.get(env, "")
        if not value:
            raise DeliveryProblem(f"{what}: the environment variable {env} is not set; set it up with "
                                  f"`export {env}=...` where briefings runs")
        return value
    if not file:
        return None
    folder = secrets_folder()
    _check_owned(folder, what, folder=True)
    path = folder / file
    try:
        value = read_regular_file(path, MAX_SECRET_BYTES).decode("utf-8").strip()
    except (BriefingError, UnicodeDecodeError) as error:
        raise DeliveryProblem(f"{what}: {error}") from None
    _check_owned(path, what, folder=False)
    if not value:
        raise DeliveryProblem(f"{what}: {path} is empty")
    return value


def _check_owned(path: Path, what: str, *, folder: bool) -> None:
    """``path`` is the user's own (a folder nobody else can write, or a regular file)."""
    how = (f"make it with `mkdir -p {path} && chmod 700 {path}`" if folder
           else "keep credential files as regular files you own")
    try:
        info = os.lstat(path)
    except OSError as error:
        raise DeliveryProblem(f"{what}: {path}: {error.strerror}; {how}") from None
    kind_ok = stat.S_ISDIR(info.st_mode) if folder else stat.S_ISREG(info.st_mode)
    if not kind_ok or info.st_uid != os.geteuid():
        raise DeliveryProblem(f"{what}: {path} is not a {'folder' if folder else 'file'} you own; {how}")
    if folder and info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        raise DeliveryProblem(f"{what}: {path} can be written by others; `chmod go-w {path}`")
