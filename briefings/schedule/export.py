"""Export a workspace's schedules to cron, systemd or GitHub Actions, for users who prefer the
scheduler they already run. Each export runs the same command as ``schedule run``."""

from __future__ import annotations

import datetime as dt
import shlex

from briefings.schedule.run import build_command
from briefings.schema.config import Config, Schedule


def export_cron(config: Config) -> str:
    lines = ["# briefings schedules (crontab). Install with: crontab -e"]
    for schedule in config.settings.schedules:
        command = " ".join(shlex.quote(part) for part in build_command(config, schedule))
        lines.append(f"# {schedule.name} ({schedule.timezone})")
        lines.append(f"CRON_TZ={schedule.timezone}")
        lines.append(f"{schedule.cron} cd {shlex.quote(str(config.root.resolve()))} && {command}")
    return "\n".join(lines) + "\n"


_SYSTEMD_DAYS = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri",
                 "sat": "Sat", "sun": "Sun", "0": "Sun", "1": "Mon", "2": "Tue", "3": "Wed",
                 "4": "Thu", "5": "Fri", "6": "Sat", "7": "Sun"}


def _systemd_calendar(schedule: Schedule) -> str:
    """A crontab line as a systemd OnCalendar= expression (lists, ranges and steps kept)."""
    minute, hour, day, month, weekday = schedule.cron.split()

    def field(value: str) -> str:
        if value == "*":
            return "*"
        if value.startswith("*/"):
            return f"0/{value[2:]}"
        return value.replace("-", "..")

    days = ""
    if weekday != "*":
        parts = []
        for part in weekday.split(","):
            ends = [_SYSTEMD_DAYS.get(p.lower(), p) for p in part.split("-")]
            parts.append("..".join(ends))
        days = ",".join(parts) + " "
    return f"{days}*-{field(month)}-{field(day)} {field(hour)}:{field(minute)}:00 {schedule.timezone}"


def export_systemd(config: Config) -> str:
    blocks = []
    for schedule in config.settings.schedules:
        unit = f"briefings-{schedule.name}"
        command = " ".join(shlex.quote(part) for part in build_command(config, schedule))
        blocks.append(
            f"# /etc/systemd/system/{unit}.service\n"
            f"[Unit]\nDescription=briefings build ({schedule.name})\n\n"
            f"[Service]\nType=oneshot\nWorkingDirectory={config.root.resolve()}\nExecStart={command}\n\n"
            f"# /etc/systemd/system/{unit}.timer\n"
            f"[Unit]\nDescription=briefings build schedule {schedule.name}\n\n"
            f"[Timer]\nOnCalendar={_systemd_calendar(schedule)}\nPersistent=true\n"
            f"AccuracySec=1min\n\n[Install]\nWantedBy=timers.target\n"
            f"# enable with: systemctl enable --now {unit}.timer\n"
        )
    return "\n".join(blocks)


def export_github_actions(config: Config) -> str:
    """A workflow. GitHub's cron is always UTC, so each schedule's next time is shifted."""
    crons = []
    for schedule in config.settings.schedules:
        crons.append(f"    - cron: \"{_utc_cron(schedule)}\"  # {schedule.name}: {schedule.cron} {schedule.timezone}")
    return (
        "# .github/workflows/briefings.yml\n"
        "name: briefings\n"
        "on:\n  schedule:\n" + "\n".join(crons) + "\n  workflow_dispatch: {}\n"
        "jobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n"
        "      - uses: actions/checkout@v4\n"
        "      - uses: actions/setup-python@v5\n        with:\n          python-version: \"3.11\"\n"
        "      - run: sudo apt-get install -y libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core\n"
        "      - run: pip install .\n"
        "      - run: briefings build\n"
        "      - uses: actions/upload-artifact@v4\n        with:\n          name: briefings\n"
        f"          path: {config.settings.output}/\n"
    )


def _utc_cron(schedule: Schedule) -> str:
    """The cron line shifted from the schedule's zone to UTC (at the current offset)."""
    from zoneinfo import ZoneInfo

    minute, hour, day, month, weekday = schedule.cron.split()
    if not (minute.isdigit() and hour.isdigit()):
        return schedule.cron
    offset = dt.datetime.now(ZoneInfo(schedule.timezone)).utcoffset() or dt.timedelta()
    total = (int(hour) * 60 + int(minute) - int(offset.total_seconds() // 60)) % (24 * 60)
    return f"{total % 60} {total // 60} {day} {month} {weekday}"
