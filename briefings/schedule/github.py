"""The GitHub Actions workflow of a workspace's schedules, as data for a YAML dumper.

GitHub's cron runs in UTC only, and a fixed UTC line is an hour off for half the year. So each
schedule is listed once for each UTC offset its zone uses (found by looking a year ahead), with
the day shifts done right (Monday 00:30 in Berlin is Sunday 23:30 UTC in winter, 22:30 in
summer), and every job starts with :mod:`briefings.schedule.guard`, which lets the build run
only at the schedule's local run times, once each. UTC lines may name more times than needed
(they never restrict both day and weekday, and months or days widen around a day shift); the
guard is exact.

A job runs what ``schedule run`` runs: the loop (``briefings update``) when the workspace has
``[[inputs]]``, else a build. A runner starts empty, so the job restores the loop's state from
the Actions cache and saves it afterwards, commits the material drafted for review back to the
branch, and maps delivery credentials to secrets (:mod:`briefings.schedule.github_state`).
Jobs run one after the other and runs wait for each other, since they share that state.

Every string from the configuration reaches the file through the YAML dumper, shell words
through ``shlex.quote``, and ``${{`` (GitHub's expression syntax, evaluated even inside
``run:``) is written as an expression that yields it.
"""

from __future__ import annotations

import datetime as dt
import json
import shlex
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

from briefings.schedule.fields import WEEKDAYS, compact
from briefings.schedule.github_state import commit_script, glob_literal, secret_env, state_steps
from briefings.schedule.run import loop_step
from briefings.schema.config import Config, Schedule
from briefings.schema.cron import CronSpec, parse

HEADER = """\
# .github/workflows/briefings.yml
# GitHub runs schedules in UTC only. Each schedule is listed below once for each UTC offset of
# its time zone (standard and daylight time), and each job's first step checks the time in the
# schedule's zone and skips the build unless the run is due there: the builds run at the local
# times all year, once each, however late GitHub starts them (up to the schedule's interval).
# Export again if the zone's rules change. GitHub runs schedules at most every 5 minutes.
# With [[inputs]], each job runs the whole loop (briefings update: ingest, build, deliver):
# its state (.briefings/ and the output folder) goes from run to run in the Actions cache
# (evicted after 7 days unused), new material proposed for review is committed back to the
# branch, and delivery credentials come from repository secrets named as in the configuration.
"""

GUARD_SOURCE = (Path(__file__).parent / "guard.py").read_text(encoding="utf-8")
RUNNER_PACKAGES = "sudo apt-get install -y libpango-1.0-0 libpangoft2-1.0-0 fonts-dejavu-core"


def zone_offsets(zone: ZoneInfo, now: dt.datetime) -> list[int]:
    """The UTC offsets (minutes) ``zone`` uses in the coming year."""
    offsets = set()
    for day in range(0, 367):
        for hour in (0, 12):
            instant = now + dt.timedelta(days=day, hours=hour)
            offsets.add(int((instant.astimezone(zone).utcoffset() or dt.timedelta()).total_seconds() // 60))
    return sorted(offsets)


def _alternatives(spec: CronSpec) -> list[tuple[frozenset[int] | None, frozenset[int] | None]]:
    """(days, weekdays) pairs, None for any; never both restricted, so UTC lines read alike in
    every cron (a pair wider than the schedule is narrowed by the guard)."""
    if spec.either_day:
        return [(spec.days, None), (None, spec.weekdays)]
    if len(spec.weekdays) < 7:
        return [(None, spec.weekdays)]
    return [(None if len(spec.days) == 31 else spec.days, None)]


def _shifted(spec: CronSpec, days: frozenset[int] | None, weekdays: frozenset[int] | None,
             shift: int) -> tuple[frozenset[int] | None, frozenset[int], frozenset[int] | None]:
    """Days, months and weekdays one day earlier or later (widened where months differ)."""
    if shift == 0:
        return days, spec.months, weekdays
    new_weekdays = None if weekdays is None else frozenset((w + shift) % 7 for w in weekdays)
    months = spec.months if len(spec.months) == 12 else spec.months | {(m - 1 + shift) % 12 + 1 for m in spec.months}
    if days is None:
        return None, months, new_weekdays
    moved = {d + shift for d in days if 1 <= d + shift <= 31}
    if shift < 0 and 1 in days:
        moved |= {28, 29, 30, 31}  # the last day of the month before
    if shift > 0 and max(days) >= 28:
        moved.add(1)  # the first of the month after
    return frozenset(moved), months, new_weekdays


def utc_lines(spec: CronSpec, offsets: list[int]) -> list[dict[str, Any]]:
    """UTC cron lines covering every local run time under each offset, as sets and text."""
    lines: dict[str, dict[str, Any]] = {}
    for offset in offsets:
        for days, weekdays in _alternatives(spec):
            by_shift: dict[int, tuple[set[int], set[int]]] = {}
            for hour in spec.hours:
                for minute in spec.minutes:
                    shift, utc = divmod(hour * 60 + minute - offset, 24 * 60)
                    hours, minutes = by_shift.setdefault(shift, (set(), set()))
                    hours.add(utc // 60)
                    minutes.add(utc % 60)
            for shift, (hours, minutes) in sorted(by_shift.items()):
                utc_days, months, utc_weekdays = _shifted(spec, days, weekdays, shift)
                fields = [
                    "*" if len(minutes) == 60 else compact(minutes),
                    "*" if len(hours) == 24 else compact(hours),
                    "*" if utc_days is None else compact(utc_days),
                    "*" if len(months) == 12 else compact(months),
                    "*" if utc_weekdays is None else compact(utc_weekdays, "-", WEEKDAYS),
                ]
                text = " ".join(fields)
                line = lines.setdefault(text, {
                    "cron": text, "minutes": sorted(minutes), "hours": sorted(hours),
                    "days": None if utc_days is None else sorted(utc_days), "months": sorted(months),
                    "weekdays": None if utc_weekdays is None else sorted(utc_weekdays), "offsets": []})
                if offset not in line["offsets"]:
                    line["offsets"].append(offset)
    return list(lines.values())


def guard_plan(schedule: Schedule, now: dt.datetime) -> dict[str, Any]:
    """What the guard step needs: the schedule's local sets and its UTC lines."""
    spec = parse(schedule.cron)
    zone = ZoneInfo(schedule.timezone)
    return {
        "name": schedule.name, "timezone": schedule.timezone,
        "local": {"minutes": sorted(spec.minutes), "hours": sorted(spec.hours), "days": sorted(spec.days),
                  "months": sorted(spec.months), "weekdays": sorted(spec.weekdays),
                  "either_day": spec.either_day},
        "lines": utc_lines(spec, zone_offsets(zone, now)),
    }


def literal(text: str) -> str:
    """``text`` for a workflow field: GitHub evaluates ``${{ … }}`` everywhere, so write the
    opening as an expression that yields it."""
    return text.replace("${{", "${{ '${{' }}")


def build_words(config: Config, schedule: Schedule) -> list[str]:
    """The command on the runner, run from the checked-out workspace: the loop (``update``)
    when the workspace collects material, else a build, as in the other exports."""
    words = ["briefings", loop_step(config)]
    if config.path is not None:
        words += ["--config", config.path.name]
    if schedule.force:
        words.append("--force")
    return words + list(schedule.briefings)


def _job(config: Config, schedule: Schedule, plan: dict[str, Any]) -> dict[str, Any]:
    due = "steps.guard.outputs.run == 'true'"
    command = " ".join(shlex.quote(word) for word in build_words(config, schedule))
    run: dict[str, Any] = {"name": "Run " + build_words(config, schedule)[1], "if": due, "run": literal(command)}
    secrets = secret_env(config, schedule)
    if secrets:
        run["env"] = secrets
    restore, save = state_steps(config, schedule, due)
    restore["with"]["path"] = LiteralScalarString(literal(restore["with"]["path"]))
    save["with"]["path"] = restore["with"]["path"]
    steps: list[dict[str, Any]] = [
        {"name": "Is the run due in " + schedule.timezone + "?", "id": "guard", "shell": "python",
         "env": {"BRIEFINGS_PLAN": literal(json.dumps(plan, ensure_ascii=True)),
                 "BRIEFINGS_TRIGGER": "${{ github.event.schedule }}",
                 "BRIEFINGS_EVENT": "${{ github.event_name }}"},
         "run": GUARD_SOURCE},
        # the branch as it is now (with what an earlier job pushed), not the commit that triggered
        {"if": due, "uses": "actions/checkout@v4", "with": {"ref": "${{ github.ref }}"}},
        {"if": due, "uses": "actions/setup-python@v5", "with": {"python-version": "3.11"}},
        {"if": due, "run": RUNNER_PACKAGES},
        {"if": due, "run": "pip install ."},
        restore,
        run,
    ]
    job: dict[str, Any] = {"runs-on": "ubuntu-latest"}
    script = commit_script(config, schedule)
    if script is not None:  # drafted material goes back to the repository, for review
        job["permissions"] = {"contents": "write"}
        steps.append({"name": "Commit the material proposed for review", "if": f"always() && {due}",
                      "run": LiteralScalarString(literal(script))})
    job["steps"] = steps
    steps += [{"if": f"always() && {due}", "uses": "actions/upload-artifact@v4",
               "with": {"name": f"briefings-{schedule.name}",
                        "path": literal(glob_literal(config.settings.output, folder=True))}},
              save]
    return job


def workflow(config: Config, now: dt.datetime | None = None) -> dict[str, Any]:
    """The whole workflow: one job per schedule, each guarded; all UTC lines under ``on``."""
    now = now or dt.datetime.now(dt.UTC)
    jobs: dict[str, Any] = {}
    crons: list[str] = []
    previous: str | None = None
    for schedule in config.settings.schedules:
        plan = guard_plan(schedule, now)
        crons += [line["cron"] for line in plan["lines"] if line["cron"] not in crons]
        job = _job(config, schedule, plan)
        job["steps"][0]["run"] = LiteralScalarString(GUARD_SOURCE)
        if previous is not None:  # one after the other: each starts from the state the last saved
            job = {"needs": previous, "if": "${{ !cancelled() }}", **job}
        previous = f"build-{schedule.name}"
        jobs[previous] = job
    return {
        "name": "briefings",
        "on": {"schedule": [{"cron": DoubleQuotedScalarString(cron)} for cron in crons],
               "workflow_dispatch": {}},
        "permissions": {"contents": "read"},
        # runs share one state: a run waits for the one in progress (never cancels it)
        "concurrency": {"group": "briefings", "cancel-in-progress": False},
        "jobs": jobs,
    }
