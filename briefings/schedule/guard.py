"""The first step of each exported GitHub Actions job: is this scheduled run due?

GitHub fires schedules in UTC, so the export lists each schedule once per UTC offset of its
zone; in summer the winter line fires too, an hour off. This step finds the UTC time the
firing was scheduled for (the latest time the triggering line matches, so GitHub's delays do
not matter), converts it to the schedule's zone, and lets the build run only if that is one of
the schedule's local run times, under the offset the line was written for, the first time that
wall time happens (clocks going back), and only for the first line responsible (two lines can
name the same minute). The rules are those of :mod:`briefings.schema.cron`.

This file is copied verbatim into the workflow (``shell: python``), so it uses the standard
library only and reads its data from the environment, never from its own text.
"""

import datetime as dt
import json
import os
from zoneinfo import ZoneInfo

SEARCH_MINUTES = 2 * 24 * 60  # how far back to look for the time the firing was scheduled for


def utc_matches(line: dict, instant: dt.datetime) -> bool:
    """Whether a UTC cron line (as sets; day or weekday may be null: any) names ``instant``."""
    return (instant.minute in line["minutes"] and instant.hour in line["hours"]
            and instant.month in line["months"]
            and (line["days"] is None or instant.day in line["days"])
            and (line["weekdays"] is None or instant.isoweekday() % 7 in line["weekdays"]))


def local_matches(local: dict, wall: dt.datetime) -> bool:
    """Whether a wall time is a run time of the schedule (cron's day-or-weekday rule)."""
    if not (wall.minute in local["minutes"] and wall.hour in local["hours"] and wall.month in local["months"]):
        return False
    day_ok = wall.day in local["days"]
    weekday_ok = wall.isoweekday() % 7 in local["weekdays"]
    return (day_ok or weekday_ok) if local["either_day"] else (day_ok and weekday_ok)


def responsible_line(plan: dict, instant: dt.datetime) -> "str | None":
    """The one line that should run the build at ``instant`` (UTC), or None if it is not due."""
    zone = ZoneInfo(plan["timezone"])
    local = instant.astimezone(zone)
    wall = local.replace(tzinfo=None)
    if not local_matches(plan["local"], wall):
        return None
    if wall.replace(tzinfo=zone, fold=0).astimezone(dt.UTC) != instant:
        return None  # the second time this wall time happens
    offset = int((local.utcoffset() or dt.timedelta()).total_seconds() // 60)
    for line in plan["lines"]:
        if offset in line["offsets"] and utc_matches(line, instant):
            return line["cron"]
    return None


def decide(plan: dict, trigger: str, event: str, now: dt.datetime) -> bool:
    """Run the build? Always when started by hand; on a schedule, only if due (see above)."""
    if event != "schedule":
        return True
    lines = [line for line in plan["lines"] if line["cron"] == trigger]
    if not lines:
        return False  # another job's schedule
    instant = now.astimezone(dt.UTC).replace(second=0, microsecond=0)
    for _ in range(SEARCH_MINUTES):
        if utc_matches(lines[0], instant):
            return responsible_line(plan, instant) == trigger
        instant -= dt.timedelta(minutes=1)
    return False


def main() -> None:
    plan = json.loads(os.environ["BRIEFINGS_PLAN"])
    due = decide(plan, os.environ.get("BRIEFINGS_TRIGGER", ""), os.environ.get("BRIEFINGS_EVENT", ""),
                 dt.datetime.now(dt.UTC))
    print(f"schedule {plan['name']}: {'due' if due else 'not due in ' + plan['timezone'] + '; skipping'}")
    output = os.environ.get("GITHUB_OUTPUT")
    if output:
        with open(output, "a", encoding="utf-8") as handle:
            handle.write(f"run={'true' if due else 'false'}\n")


if __name__ == "__main__":
    main()
