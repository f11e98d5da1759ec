"""Export a workspace's schedules to cron, systemd or GitHub Actions, for users who prefer the
scheduler they already run. Each export runs the same command as ``schedule run``.

Two things every export gets right, because each is a different language:

* **When.** The cron expression is parsed once (:mod:`briefings.schema.cron`) and each target
  is written from the parsed sets, so ``1-5`` means Monday to Friday everywhere (never the
  Saturday APScheduler would read). GitHub's cron is UTC only; :mod:`briefings.schedule.github`
  copes with that.
* **What.** Every value is quoted for the language it lands in: POSIX shell (``shlex.quote``)
  plus ``%`` escaped for crontab, systemd's own quoting with ``%%`` and ``$$``, and YAML from a
  real dumper for GitHub Actions. Config strings cannot hold control characters (the schema
  refuses them), and paths that reach here from the file system are checked again.
"""

from __future__ import annotations

import datetime as dt
import getpass
import io
import os
import shlex

from ruamel.yaml import YAML

from briefings.errors import BriefingError
from briefings.schedule.fields import WEEKDAYS, checked, compact
from briefings.schedule.github import HEADER, workflow
from briefings.schedule.run import build_command
from briefings.schema.config import Config
from briefings.schema.cron import CronSpec, parse


def crontab_fields(spec: CronSpec) -> str:
    """The five fields, rewritten so every cron reads them alike (day-or-weekday rule kept)."""
    def full(values: frozenset[int], size: int) -> bool:
        return len(values) == size

    def star_or(field: str, values: frozenset[int], size: int, names: tuple[str, ...] | None) -> str:
        step = spec.star_step(field)
        if step is not None:
            return "*" if step == 1 else f"*/{step}"
        return compact(values, "-", names)

    minute = "*" if full(spec.minutes, 60) else compact(spec.minutes)
    hour = "*" if full(spec.hours, 24) else compact(spec.hours)
    month = "*" if full(spec.months, 12) else compact(spec.months)
    day = star_or("day", spec.days, 31, None)
    weekday = star_or("weekday", spec.weekdays, 7, WEEKDAYS)
    return f"{minute} {hour} {day} {month} {weekday}"


def crontab_quote(argument: str) -> str:
    """Shell-quote for a crontab command: cron turns an unescaped ``%`` into a line break, and
    ``\\%`` into ``%``, so each ``%`` stands outside the shell quotes, escaped."""
    return "\\%".join(shlex.quote(piece) for piece in argument.split("%"))


def export_cron(config: Config) -> str:
    lines = ["# briefings schedules (crontab). Install with: crontab -e",
             "# CRON_TZ needs cronie (most Linux distributions); Debian's cron uses the system zone.",
             "# On the days clocks change, cron daemons follow their own rules for the hour skipped or",
             "# repeated; `briefings schedule run`, systemd and the GitHub export skip it / run it once."]
    root = checked(str(config.root.resolve()), "workspace folder")
    for schedule in config.settings.schedules:
        command = " ".join(crontab_quote(checked(part, "command")) for part in build_command(config, schedule))
        lines.append(f"# {schedule.name}: {schedule.cron} ({schedule.timezone})")
        lines.append(f"CRON_TZ={schedule.timezone}")
        lines.append(f"{crontab_fields(parse(schedule.cron))} cd {crontab_quote(root)} && {command}")
    return "\n".join(lines) + "\n"


# --- systemd -------------------------------------------------------------------------------

_SYSTEMD_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@+=:,./-")


def systemd_quote(argument: str, first: bool = False) -> str:
    """One word of ``ExecStart=`` per systemd.syntax: ``%`` specifiers doubled, ``$`` doubled in
    arguments (systemd expands variables there, not in the program's path), then double quotes
    with C escapes if the word is not plain. systemd refuses quotes and backslashes in the
    program's path, and reads a leading ``@-:+!`` there as a prefix."""
    escaped = argument.replace("%", "%%")
    if first:
        if any(char in argument for char in "\"'\\"):
            raise BriefingError(f"program path '{argument}': systemd refuses quotes and backslashes in it")
    else:
        escaped = escaped.replace("$", "$$")
    prefixed = first and escaped[:1] in ("@", "-", ":", "+", "!")
    if escaped and all(char in _SYSTEMD_PLAIN for char in escaped) and not prefixed:
        return escaped
    body = escaped.replace("\\", "\\\\").replace('"', '\\"').replace("'", "\\'")
    return f'"{body}"'


def systemd_calendars(spec: CronSpec) -> list[str]:
    """``OnCalendar=`` values; two when cron's day-or-weekday rule applies (a timer fires at
    the earliest of its calendars, once if they coincide)."""
    alternatives = [(spec.days, None), (None, spec.weekdays)] if spec.either_day else [
        (None if len(spec.days) == 31 else spec.days, None if len(spec.weekdays) == 7 else spec.weekdays)]
    month = "*" if len(spec.months) == 12 else ",".join(f"{m:02d}" for m in sorted(spec.months))
    hour = "*" if len(spec.hours) == 24 else ",".join(str(h) for h in sorted(spec.hours))
    minute = "*" if len(spec.minutes) == 60 else ",".join(f"{m:02d}" for m in sorted(spec.minutes))
    calendars = []
    for days, weekdays in alternatives:
        day = "*" if days is None else ",".join(f"{d:02d}" for d in sorted(days))
        prefix = "" if weekdays is None else compact(weekdays, "..", tuple(w.title() for w in WEEKDAYS)) + " "
        calendars.append(f"{prefix}*-{month}-{day} {hour}:{minute}:00")
    return calendars


def _unit_value(value: str, what: str) -> str:
    """A path as a whole unit-file value: specifiers doubled; no line continuation."""
    value = checked(value, what)
    if value != value.strip() or value.endswith("\\"):
        raise BriefingError(f"{what}: '{value}' cannot be written into a systemd unit")
    return value.replace("%", "%%")


def service_user(config: Config) -> str:
    """The account the units run as: ``service_user`` from the configuration, else the user
    who exports. A unit in /etc/systemd/system without ``User=`` runs as root, and a build
    reads untrusted files: root only when the configuration says so."""
    if config.settings.service_user:
        return config.settings.service_user
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = ""
    if not user or user == "root" or os.geteuid() == 0:
        raise BriefingError(
            f"{config.path or 'the configuration'}: the systemd units would run as root; set "
            "service_user = \"NAME\" in the workspace configuration (the account that owns "
            "the workspace), or run the export as that user")
    return user


def export_systemd(config: Config) -> str:
    blocks = []
    root = _unit_value(str(config.root.resolve()), "workspace folder")
    user = _unit_value(service_user(config), "service_user")
    for schedule in config.settings.schedules:
        unit = f"briefings-{schedule.name}"
        words = [checked(part, "command") for part in build_command(config, schedule)]
        command = " ".join(systemd_quote(word, first=index == 0) for index, word in enumerate(words))
        calendars = "".join(f"OnCalendar={calendar} {schedule.timezone}\n"
                            for calendar in systemd_calendars(parse(schedule.cron)))
        blocks.append(
            f"# /etc/systemd/system/{unit}.service\n"
            f"[Unit]\nDescription=briefings build ({schedule.name})\n\n"
            f"[Service]\nType=oneshot\nUser={user}\nWorkingDirectory={root}\n"
            f"ExecStart={command}\n\n"
            f"# /etc/systemd/system/{unit}.timer\n"
            f"[Unit]\nDescription=briefings build schedule {schedule.name}\n\n"
            f"[Timer]\n{calendars}Persistent=true\n"
            f"AccuracySec=1min\n\n[Install]\nWantedBy=timers.target\n"
            f"# enable with: systemctl enable --now {unit}.timer\n"
        )
    return "\n".join(blocks)


# --- GitHub Actions ------------------------------------------------------------------------


def export_github_actions(config: Config, now: dt.datetime | None = None) -> str:
    """A workflow (see :mod:`briefings.schedule.github`), written by a YAML dumper; ``now``
    dates the time zones' offsets (default: the clock)."""
    yaml = YAML(typ="rt")
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    out = io.StringIO()
    yaml.dump(workflow(config, now), out)
    return HEADER + out.getvalue()
