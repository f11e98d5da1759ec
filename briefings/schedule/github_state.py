"""What a GitHub Actions job needs to run the loop (ingest → build → deliver) on a fresh runner,
which starts every run with nothing but the repository:

* **State between runs** — ingest's memory (``.briefings/``: feed validators, URLs and inbox
  files seen) and the output folder (outputs, manifest, edition records and archive, the
  outbox of deliveries). It is restored from the Actions cache before the run, by prefix (the
  newest cache of the workspace), and saved under a new key after it, even when a step failed:
  an edition is sent once and an article ingested once. One key prefix serves every schedule
  of the workspace, because they share that state (two schedules with two histories would each
  send the same edition). GitHub evicts a cache not used for 7 days: a workspace scheduled
  less often loses its history, and its next edition is sent as new.
* **Proposed material back to the analysts** — ingest drafts new material into the briefing
  YAML as *proposed* (kept out of the brief until accepted) and archives the articles under
  ``sources/``; a commit step pushes exactly those files to the branch that ran, as the
  Actions bot, so ``briefings review`` sees them in the next checkout. A push that loses a race
  with a human edit is rebased and tried again; one that cannot be rebased goes to a branch of
  its own (``briefings/ingest-<run>``) and the job fails, so nothing drafted is lost.
* **Credentials** — the environment variables the configuration names for delivery
  (``password_env``, ``secret_env``) are mapped to repository secrets of the same name;
  credentials in files cannot reach a runner and are refused here.

Every configured value is checked (no control characters) and quoted for where it lands: a shell
word by ``shlex.quote`` (and git's literal pathspecs), a cache path by escaping the glob
characters of ``@actions/glob``, an environment name by a strict pattern.
"""

from __future__ import annotations

import re
import shlex
from pathlib import PurePosixPath
from typing import Any

from briefings.constants import STATE_DIR
from briefings.errors import BriefingError
from briefings.ingest.run import selected_inputs
from briefings.schedule.fields import checked
from briefings.schema.config import Config, Input, Schedule

#: Cache keys: one prefix per workspace, a new key per run, attempt and job.
CACHE_PREFIX = "briefings-state-"
BOT_NAME = "github-actions[bot]"
BOT_EMAIL = "41898282+github-actions[bot]@users.noreply.github.com"
COMMIT_MESSAGE = "briefings: new material proposed for review"
#: A secret's name: what GitHub accepts, and nothing an expression could be written with.
SECRET_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
#: Environment variables a step must not have replaced by a secret (or by the empty string
#: GitHub writes for a secret that does not exist): the runner's and the shell's own.
RESERVED_ENV = re.compile(r"(GITHUB_|RUNNER_|ACTIONS_|LD_|PYTHON|BASH_|DYLD_).*|PATH|HOME|ENV|IFS|SHELL"
                          r"|SHELLOPTS|CI|PWD|TMPDIR|LANG|LC_.*", re.IGNORECASE)
_GLOB_SPECIAL = re.compile(r"([*?\[\]\\])")


def glob_literal(path: str, folder: bool = False) -> str:
    """``path`` as an ``@actions/glob`` pattern matching only itself: ``* ? [ ] \\`` each in a
    character class, and ``./`` before a leading ``#`` (a comment), ``!`` (a negation), ``~``
    (the home folder) or blank (lines are trimmed)."""
    text = _GLOB_SPECIAL.sub(r"[\1]", checked(path, "cache path"))
    if text[:1] in ("#", "!", "~") or text[:1].isspace() or not text:
        text = "./" + text
    return text + "/" if folder and not text.endswith("/") else text


def cache_paths(config: Config) -> str:
    """The folders carried from run to run, one per line: ingest's state and the output."""
    return "\n".join([glob_literal(STATE_DIR, folder=True), glob_literal(config.settings.output, folder=True)])


def inputs_of(config: Config, schedule: Schedule) -> list[Input]:
    """The ``[[inputs]]`` a schedule's run collects for (all when it names no briefings)."""
    return selected_inputs(config, schedule.briefings, strict=False)


def secret_env(config: Config, schedule: Schedule) -> dict[str, str]:
    """``NAME: ${{ secrets.NAME }}`` for each credential variable the schedule's deliveries
    read; refuses a name that could write an expression or displace the runner's own
    variables, and credentials kept in files (a runner has none)."""
    env: dict[str, str] = {}
    for settings in inputs_of(config, schedule):
        for what, channel, name, file in (
                ("email", settings.email, "password_env", "password_file"),
                ("webhook", settings.webhook, "secret_env", "secret_file")):
            if channel is None:
                continue
            where = f"[[inputs]] for {settings.briefing!r}: {what}"
            if getattr(channel, file):
                raise BriefingError(f"{where}.{file}: a GitHub runner has no such file; use {name} "
                                    "and store the credential as a repository secret of that name")
            variable = getattr(channel, name)
            if not variable:
                continue
            if not SECRET_NAME.fullmatch(variable):
                raise BriefingError(f"{where}.{name}: '{variable}' is not a valid secret name "
                                    "(letters, digits and _; not starting with a digit)")
            if RESERVED_ENV.fullmatch(variable):
                raise BriefingError(f"{where}.{name}: '{variable}' is a variable of the runner or the shell "
                                    "(and GitHub refuses secret names starting with GITHUB_); choose another name")
            env[variable] = "${{ secrets." + variable + " }}"
    return env


def commit_script(config: Config, schedule: Schedule) -> str | None:
    """The shell of the commit step: stage the briefings and their ``sources/`` (nothing else:
    not the output, not the state), commit if anything changed, push (rebasing on a race), or
    push to a branch of its own. None when the schedule collects nothing."""
    files: list[str] = []
    for settings in inputs_of(config, schedule):
        briefing = PurePosixPath(checked(settings.briefing, "briefing path"))
        for path in (str(briefing), str(briefing.parent / "sources")):
            if path not in files:
                files.append(path)
    if not files:
        return None
    quoted = " ".join(shlex.quote(path) for path in files)
    return "\n".join([
        "set -eu",
        f"git config user.name {shlex.quote(BOT_NAME)}",
        f"git config user.email {shlex.quote(BOT_EMAIL)}",
        f"for path in {quoted}; do",
        '  if [ -e "$path" ]; then git --literal-pathspecs add --all -- "$path"; fi',
        "done",
        'if git diff --cached --quiet; then echo "No new material to commit."; exit 0; fi',
        f"git commit --quiet -m {shlex.quote(COMMIT_MESSAGE)}",
        "for attempt in 1 2 3; do",
        '  if git push --quiet origin "HEAD:refs/heads/$GITHUB_REF_NAME"; then exit 0; fi',
        '  git pull --quiet --rebase --autostash origin "$GITHUB_REF_NAME" \\',
        '    || { git rebase --abort 2>/dev/null || true; break; }',
        "done",
        'branch="briefings/ingest-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT"',
        'git push --quiet origin "HEAD:refs/heads/$branch"',
        'echo "::error::the new material could not be pushed to $GITHUB_REF_NAME; it is on the branch $branch"',
        "exit 1",
    ]) + "\n"


def cache_key(schedule: Schedule) -> str:
    """A key no other save has used: the run, its attempt and the job (a schedule's name is a
    slug); restoring by :data:`CACHE_PREFIX` finds the newest."""
    return CACHE_PREFIX + "${{ github.run_id }}-${{ github.run_attempt }}-" + schedule.name


def state_steps(config: Config, schedule: Schedule, due: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """The cache restore step (before the run) and the save step (after it, whatever happened:
    what was sent and ingested before a failure must be remembered too)."""
    paths, key = cache_paths(config), cache_key(schedule)
    restore = {"name": "Restore the state of earlier runs", "if": due, "uses": "actions/cache/restore@v4",
               "with": {"path": paths, "key": key, "restore-keys": CACHE_PREFIX}}
    save = {"name": "Save the state for the next run", "if": f"always() && {due}",
            "uses": "actions/cache/save@v4", "with": {"path": paths, "key": key}}
    return restore, save
