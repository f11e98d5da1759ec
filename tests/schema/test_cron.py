"""When schedules run: ``schedule list`` (``next_runs``), ``schedule run`` (the APScheduler
trigger) and the systemd export against an independent reference, for every cron form, around
the days the clocks change in the US, the EU and on Lord Howe Island (a half-hour change).

The reference steps through UTC minute by minute, converts each to the schedule's zone and
matches the wall time with cron's rules written out here: weekdays from Sunday = 0 (7 too), day
OR weekday when neither field starts with '*', a wall time that happens twice runs the first
time only, one that the clocks skip does not run.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import subprocess
from zoneinfo import ZoneInfo

import pytest

from briefings.schedule.export import systemd_calendars
from briefings.schedule.run import next_runs
from briefings.schedule.trigger import ScheduleTrigger
from briefings.schema.config import Schedule
from briefings.schema.cron import CronError, parse

UTC = dt.UTC
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
DAYS = "sun mon tue wed thu fri sat".split()


# --- the reference ------------------------------------------------------------------------


def _value(text: str, names: list[str], base: int) -> int:
    return names.index(text.lower()) + base if text.lower() in names else int(text)


def ref_field(text: str, low: int, high: int, names: tuple[str, ...] = (), base: int = 0) -> set[int]:
    result: set[int] = set()
    for part in text.split(","):
        span, _, step = part.partition("/")
        if span == "*":
            first, last = low, high
        elif "-" in span:
            first, last = (_value(x, names, base) for x in span.split("-"))
        else:
            first = _value(span, names, base)
            last = high if step else first
        if last >= first:
            values = list(range(first, last + 1))
        else:  # a weekday range over the weekend: fri-mon
            values = list(range(first, 7)) + list(range(0, last + 1))
        result.update(values[:: int(step) if step else 1])
    return result


class Reference:
    def __init__(self, expression: str) -> None:
        minute, hour, day, month, weekday = expression.split()
        self.minutes = ref_field(minute, 0, 59)
        self.hours = ref_field(hour, 0, 23)
        self.days = ref_field(day, 1, 31)
        self.months = ref_field(month, 1, 12, MONTHS, 1)
        self.weekdays = {w % 7 for w in ref_field(weekday, 0, 7, DAYS)}
        self.either = not day.startswith("*") and not weekday.startswith("*")

    def date_matches(self, date: dt.date) -> bool:
        if date.month not in self.months:
            return False
        day_ok = date.day in self.days
        weekday_ok = (date.weekday() + 1) % 7 in self.weekdays
        return day_ok or weekday_ok if self.either else day_ok and weekday_ok

    def matches(self, wall: dt.datetime) -> bool:
        return wall.minute in self.minutes and wall.hour in self.hours and self.date_matches(wall.date())


def seen_before(instant: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether the wall time of ``instant`` already happened in the three hours before (clocks
    move by multiples of a quarter of an hour)."""
    wall = instant.astimezone(zone).replace(tzinfo=None)
    return any((instant - dt.timedelta(minutes=back)).astimezone(zone).replace(tzinfo=None) == wall
               for back in range(15, 181, 15))


def hour_may_match(reference: Reference, instant: dt.datetime, zone: ZoneInfo) -> bool:
    """Whether the 60 minutes from ``instant`` may hold a run: the local (date, hour) at their
    first and last minute are the only ones they can pass through."""
    for minutes in (0, 59):
        local = (instant + dt.timedelta(minutes=minutes)).astimezone(zone)
        if local.hour in reference.hours and reference.date_matches(local.date()):
            return True
    return False


@functools.cache
def reference_runs(expression: str, zone_name: str, start: dt.datetime, count: int) -> list[dt.datetime]:
    reference, zone = Reference(expression), ZoneInfo(zone_name)
    instant = start.astimezone(UTC).replace(second=0, microsecond=0)
    if instant < start:
        instant += dt.timedelta(minutes=1)
    found: list[dt.datetime] = []
    limit = instant + dt.timedelta(days=400)
    hour = dt.timedelta(minutes=60)
    while len(found) < count and instant < limit:
        if not hour_may_match(reference, instant, zone):
            instant += hour
            continue
        if reference.matches(instant.astimezone(zone).replace(tzinfo=None)) and not seen_before(instant, zone):
            found.append(instant)
        instant += dt.timedelta(minutes=1)
    return found


# --- the table ----------------------------------------------------------------------------

EXPRESSIONS = [
    "0 7 * * 1-5", "0 7 * * mon-fri", "30 0 * * 1", "30 0 * * 0", "30 0 * * 7", "0 12 * * 5-7",
    "0 12 * * sat-sun", "0 12 * * fri-mon", "*/20 1-3 * * *", "30 2 * * *", "30 1 * * *",
    "30 2 * * sun", "0 0 1 * mon", "0 0 */2 * 1", "0 9 1-10/3 jan,mar,oct,nov *", "5 4 * * */2",
    "0 22 * * 0,3", "59 23 31 * *", "15 */5 * * thu-sun/2", "0 3 * * 6-7",
]
# (zone, an instant a day before its clocks change)
CHANGES = [
    ("America/New_York", dt.datetime(2026, 3, 7, 6, 0, 30, tzinfo=UTC)),     # spring forward
    ("America/New_York", dt.datetime(2026, 10, 31, 5, 0, 30, tzinfo=UTC)),   # fall back
    ("Europe/Berlin", dt.datetime(2026, 3, 28, 0, 30, 30, tzinfo=UTC)),
    ("Europe/Berlin", dt.datetime(2026, 10, 24, 0, 30, 30, tzinfo=UTC)),
    ("Australia/Lord_Howe", dt.datetime(2026, 4, 4, 14, 0, 30, tzinfo=UTC)),  # half an hour back
]
CASES = [(e, z, t) for z, t in CHANGES for e in EXPRESSIONS]
COUNT = 6


def _id(case: tuple) -> str:
    expression, zone, instant = case
    return f"{expression.replace(' ', '_')}@{zone.split('/')[-1]}-{instant:%m}"


@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_list_and_run_agree_with_the_reference(case: tuple) -> None:
    expression, zone, start = case
    expected = reference_runs(expression, zone, start, COUNT)
    listed = next_runs(Schedule(name="t", cron=expression, timezone=zone), start, COUNT)
    assert [t.astimezone(UTC) for t in listed] == expected
    trigger = ScheduleTrigger(parse(expression), ZoneInfo(zone), expression)
    fired, previous = [], None
    for _ in range(COUNT):  # as APScheduler asks: after the previous fire time, at "now"
        previous = trigger.get_next_fire_time(previous, previous or start)
        fired.append(previous.astimezone(UTC))
        assert previous.tzinfo is not None
    assert fired == expected


def _systemd_elapses(calendar: str, zone: str, start: dt.datetime, count: int) -> list[dt.datetime]:
    result = subprocess.run(
        ["systemd-analyze", "calendar", f"--iterations={count}", f"--base-time=@{int(start.timestamp())}",
         f"{calendar} {zone}"], capture_output=True, text=True, env={**os.environ, "TZ": "UTC", "LC_ALL": "C"},
        check=True)
    times = []
    for line in result.stdout.splitlines():
        label, _, value = line.strip().partition(": ")
        if label == "Next elapse" or label.startswith("Iter. #"):
            times.append(dt.datetime.strptime(value, "%a %Y-%m-%d %H:%M:%S UTC").replace(tzinfo=UTC))
    return times


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze not installed")
@pytest.mark.parametrize("case", CASES, ids=[_id(c) for c in CASES])
def test_systemd_agrees_with_the_reference(case: tuple) -> None:
    expression, zone, start = case
    elapses: set[dt.datetime] = set()
    for calendar in systemd_calendars(parse(expression)):
        elapses.update(_systemd_elapses(calendar, zone, start, COUNT))
    assert sorted(elapses)[:COUNT] == reference_runs(expression, zone, start, COUNT)


def test_weekday_numbers_are_crons_not_apschedulers() -> None:
    """The issue's case: 0 7 * * 1-5 in New York, listed from a Friday afternoon."""
    schedule = Schedule(name="weekdays", cron="0 7 * * 1-5", timezone="America/New_York")
    friday = dt.datetime(2026, 11, 27, 20, 0, tzinfo=UTC)
    days = [t.strftime("%a %H:%M") for t in next_runs(schedule, friday, 6)]
    assert days == ["Mon 07:00", "Tue 07:00", "Wed 07:00", "Thu 07:00", "Fri 07:00", "Mon 07:00"]


def test_the_scheduler_gets_the_same_trigger() -> None:
    from apscheduler.schedulers.background import BackgroundScheduler

    from briefings.schedule.run import add_jobs
    from briefings.schema.config import Config, Settings

    config = Config(Settings(schedules=[Schedule(name="w", cron="0 7 * * 1-5", timezone="America/New_York")]),
                    root=__import__("pathlib").Path("."), path=None)
    scheduler = BackgroundScheduler(timezone="UTC")
    add_jobs(scheduler, config, runner=lambda c, s: 0)
    (job,) = scheduler.get_jobs()
    friday = dt.datetime(2026, 11, 27, 20, 0, tzinfo=UTC)
    assert job.trigger.get_next_fire_time(None, friday).strftime("%a %H:%M %Z") == "Mon 07:00 EST"


BAD = [
    ("0 7 31 2 *", "never runs"), ("0 7 * * 8", "weekday: 8 is outside 0-7"),
    ("0 7 * * funday", "weekday: 'funday' is not a number"), ("0 7 5-1 * *", "day range 5-1 goes backwards"),
    ("*/0 * * * *", "minute step: 0 is outside"), ("60 * * * *", "minute: 60 is outside 0-59"),
    ("0 7 * * *,1", "'*' stands alone"), ("0 7 * * 1 2", "five fields"), ("0 7 ３ * *", "not a number"),
]


@pytest.mark.parametrize(("expression", "message"), BAD, ids=[b[0] for b in BAD])
def test_bad_expressions_say_which_field(expression: str, message: str) -> None:
    with pytest.raises(CronError, match=message):
        parse(expression)
