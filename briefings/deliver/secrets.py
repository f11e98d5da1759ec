"""Credentials for delivery. They never live in ``briefings.toml`` (which is committed): a
setting names an environment variable (``password_env``) or a file outside the workspace
(``password_file``), and this module reads it when a message is sent."""

from __future__ import annotations

import os
from pathlib import Path

from briefings.errors import BriefingError


class DeliveryProblem(BriefingError):
    """A delivery could not be made (settings, credentials, the server); retried next run."""


def read_secret(what: str, env: str | None, file: str | None, root: Path) -> str | None:
    """The secret named by ``env`` or ``file``; None if neither is set."""
    if env:
        value = os.environ.get(env, "")
        if not value:
            raise DeliveryProblem(f"{what}: the environment variable {env} is not set")
        return value
    if not file:
        return None
    path = Path(file).expanduser()
    if not path.is_absolute():
        raise DeliveryProblem(f"{what}: {file} must be an absolute path outside the workspace")
    resolved, workspace = path.resolve(), root.resolve()
    if resolved == workspace or workspace in resolved.parents:
        raise DeliveryProblem(f"{what}: {file} is inside the workspace; keep credentials outside the repository")
    try:
        value = resolved.read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as error:
        raise DeliveryProblem(f"{what}: cannot read {file}: {getattr(error, 'strerror', error)}") from None
    if not value:
        raise DeliveryProblem(f"{what}: {file} is empty")
    return value
