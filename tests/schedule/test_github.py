"""GitHub Actions, where cron is UTC only: over a whole year, every firing of every exported
UTC line (started late, as GitHub does) goes through the guard, and exactly the schedule's
local run times get a build, once each: across both clock changes, day shifts (Monday 00:30
in Berlin is Sunday in UTC), month ends, half-hour zones and cron's day-or-weekday rule.
The guard step itself runs as the workflow runs it (``shell: python``, data in the environment).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from ruamel.yaml import YAML

from briefings.schedule.export import export_github_actions
from briefings.schedule.github import guard_plan
from briefings.schedule.guard import decide
from briefings.schema.config import Config, Schedule, Settings
from tests.schema.test_cron import Reference, hour_may_match, seen_before

UTC = dt.UTC
YEAR_START = dt.datetime(2026, 1, 1, tzinfo=UTC)
YEAR_END = dt.datetime(2027, 1, 1, tzinfo=UTC)
DELAYS = [0, 3, 17, 44, 1, 9]  # minutes GitHub starts a scheduled run late


def reference_between(expression: str, zone_name: str) -> list[dt.datetime]:
    """Every local run time in the year, found minute by minute in UTC."""
    reference, zone = Reference(expression), ZoneInfo(zone_name)
    found, instant = [], YEAR_START
    while instant < YEAR_END:
        if not hour_may_match(reference, instant, zone):
            instant += dt.timedelta(minutes=60)
            continue
        if reference.matches(instant.astimezone(zone).replace(tzinfo=None)) and not seen_before(instant, zone):
            found.append(instant)
        instant += dt.timedelta(minutes=1)
    return found


def utc_firings(cron: str) -> list[dt.datetime]:
    """When GitHub fires a UTC line in the year (the line read by the test's own cron rules)."""
    line = Reference(cron)
    firings = []
    day = YEAR_START
    while day < YEAR_END:
        if line.date_matches(day.date()):
            firings += [day.replace(hour=h, minute=m) for h in sorted(line.hours) for m in sorted(line.minutes)]
        day += dt.timedelta(days=1)
    return firings


SIMULATED = [
    ("30 0 * * mon", "Europe/Berlin"), ("0 7 * * 1-5", "America/New_York"), ("30 2 * * *", "America/New_York"),
    ("30 1 * * *", "America/New_York"), ("*/20 1-3 * * *", "Europe/Berlin"), ("15 9 1,15 * sat-sun", "Asia/Kolkata"),
    ("0 0 1 * *", "Europe/Berlin"), ("0 8 1 * mon", "Pacific/Auckland"), ("45 23 28-31 2 *", "Pacific/Auckland"),
    ("0,30 1-2 * * sun", "Australia/Lord_Howe"), ("0 12 * * 5-7", "UTC"), ("0 0 */2 * 1", "America/Los_Angeles"),
]


@pytest.mark.parametrize(("expression", "zone"), SIMULATED, ids=[f"{e}@{z}" for e, z in SIMULATED])
def test_the_guard_lets_exactly_the_local_runs_through(expression: str, zone: str) -> None:
    plan = guard_plan(Schedule(name="s", cron=expression, timezone=zone), YEAR_START)
    passed: Counter[dt.datetime] = Counter()
    for line in plan["lines"]:
        firings = utc_firings(line["cron"])
        for index, fired in enumerate(firings):
            gap = (firings[index + 1] - fired) // dt.timedelta(minutes=1) if index + 1 < len(firings) else 60
            delay = dt.timedelta(minutes=min(DELAYS[index % len(DELAYS)], gap - 1))
            if decide(plan, line["cron"], "schedule", fired + delay):
                passed[fired] += 1
    expected = reference_between(expression, zone)
    assert expected, "the table should name schedules that run in the year"
    assert passed == Counter(expected)


def test_a_berlin_monday_half_past_midnight_is_sunday_in_utc() -> None:
    plan = guard_plan(Schedule(name="s", cron="30 0 * * mon", timezone="Europe/Berlin"), YEAR_START)
    assert [(line["cron"], line["offsets"]) for line in plan["lines"]] == [
        ("30 23 * * sun", [60]), ("30 22 * * sun", [120])]


def test_a_run_started_by_hand_always_builds_and_another_jobs_trigger_never() -> None:
    plan = guard_plan(Schedule(name="s", cron="0 7 * * *", timezone="Europe/Berlin"), YEAR_START)
    noon = dt.datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
    assert decide(plan, "", "workflow_dispatch", noon) is True
    assert decide(plan, "0 12 * * *", "schedule", noon) is False


def _guard_step(plan_schedule: Schedule) -> dict:
    config = Config(Settings(schedules=[plan_schedule]), Path("."), None)
    workflow = YAML(typ="safe", pure=True).load(export_github_actions(config))
    return workflow["jobs"][f"build-{plan_schedule.name}"]["steps"][0]


@pytest.mark.parametrize(("offsets", "event", "trigger", "expected"), [
    (None, "schedule", "0 12 * * *", "true"),           # 12:00 UTC is 07:00 at UTC-5
    ([-240], "schedule", "0 12 * * *", "false"),        # a line written for another offset
    (None, "schedule", "0 13 * * *", "false"),          # another job's line
    (None, "workflow_dispatch", "", "true"),
])
def test_the_guard_step_runs_as_the_workflow_runs_it(offsets: list[int] | None, event: str, trigger: str,
                                                      expected: str, tmp_path: Path) -> None:
    step = _guard_step(Schedule(name="fixed", cron="0 7 * * *", timezone="Etc/GMT+5"))
    plan = json.loads(step["env"]["BRIEFINGS_PLAN"])
    assert [line["cron"] for line in plan["lines"]] == ["0 12 * * *"]
    if offsets is not None:
        plan["lines"][0]["offsets"] = offsets
    script = tmp_path / "guard.py"
    script.write_text(step["run"])
    output = tmp_path / "github_output"
    env = {**os.environ, "BRIEFINGS_PLAN": json.dumps(plan), "BRIEFINGS_TRIGGER": trigger,
           "BRIEFINGS_EVENT": event, "GITHUB_OUTPUT": str(output)}
    result = subprocess.run([sys.executable, str(script)], env=env, capture_output=True, text=True, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert output.read_text() == f"run={expected}\n"
    assert "schedule fixed: " in result.stdout
