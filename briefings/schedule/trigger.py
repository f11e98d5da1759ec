"""The APScheduler trigger of a schedule, fed by :mod:`briefings.schema.cron`.

APScheduler's own ``CronTrigger`` reads weekday numbers from Monday = 0 and misbehaves on the
days the clocks change (it repeats the doubled hour forever and runs the skipped hour an hour
late), so ``schedule run`` asks this trigger instead: the same rules and code as
``schedule list`` and the exports.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from apscheduler.triggers.base import BaseTrigger

from briefings.schema.cron import CronSpec


class ScheduleTrigger(BaseTrigger):
    """Fires at each run time of a parsed cron expression in a time zone."""

    def __init__(self, spec: CronSpec, timezone: ZoneInfo, text: str = "") -> None:
        self.spec = spec
        self.timezone = timezone
        self.text = text

    def get_next_fire_time(self, previous_fire_time: dt.datetime | None,
                           now: dt.datetime) -> dt.datetime | None:
        # As APScheduler's cron trigger: a run missed since the previous one is offered, so the
        # scheduler can coalesce it or drop it after the grace time.
        start = now
        if previous_fire_time is not None:
            start = min(now, previous_fire_time + dt.timedelta(microseconds=1))
            if start <= previous_fire_time:
                start = previous_fire_time + dt.timedelta(microseconds=1)
        return self.spec.next_after(start, self.timezone)

    def __str__(self) -> str:
        return f"cron[{self.text}] ({self.timezone})"

    def __repr__(self) -> str:
        return f"<ScheduleTrigger ({self.text!r}, timezone={str(self.timezone)!r})>"
