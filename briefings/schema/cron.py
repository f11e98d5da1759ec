"""Five-field cron expressions, parsed once into sets of numbers, with the one set of rules that
``schedule list``, ``schedule run`` and every export follow.

Why our own parser: APScheduler numbers weekdays from Monday = 0 while cron numbers them from
Sunday = 0 (and 7 is Sunday too), and its cron trigger skips, repeats or goes backwards on the
days the clocks change. So the fields are read here with cron's meaning, and every scheduler is
fed the parsed sets (weekday names, explicit lists), never the user's text.

The rules:

* fields: minute 0-59, hour 0-23, day 1-31, month 1-12 or ``jan``-``dec``, weekday 0-7 or
  ``sun``-``sat`` (0 and 7 are Sunday); lists ``a,b``, ranges ``a-b``, steps ``*/n``, ``a-b/n``
  and ``a/n`` (from ``a`` to the end). Weekday ranges may wrap: ``fri-mon``, ``sat-sun``, ``5-7``.
* day and weekday: as in cron, when both are restricted (neither field starts with ``*``) a day
  matching *either* runs; otherwise both must match.
* time zone: the fields are wall-clock times in the schedule's zone. A wall time that does not
  exist (the hour skipped when clocks go forward) does not run; a wall time that happens twice
  (when clocks go back) runs once, the first time. These are systemd's rules too.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_abbr) if name}
WEEKDAY_NAMES = {"sun": 0, "mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6}
SEARCH_YEARS = 30  # Feb 29 on a given weekday comes round every 28 years

_FIELDS: tuple[tuple[str, int, int, dict[str, int]], ...] = (  # name, lowest, highest, names
    ("minute", 0, 59, {}),
    ("hour", 0, 23, {}),
    ("day", 1, 31, {}),
    ("month", 1, 12, MONTH_NAMES),
    ("weekday", 0, 7, WEEKDAY_NAMES),
)


class CronError(ValueError):
    """A cron expression that cron would not accept, or that never runs."""


@dataclass(frozen=True)
class CronSpec:
    """A cron expression as sets of numbers; ``weekdays`` counts from Sunday = 0 to Saturday = 6."""

    minutes: frozenset[int]
    hours: frozenset[int]
    days: frozenset[int]
    months: frozenset[int]
    weekdays: frozenset[int]
    day_star: bool      # the day field starts with '*' (cron then ANDs day and weekday)
    weekday_star: bool  # the weekday field starts with '*'

    def star_step(self, field: str) -> int | None:
        """For a day or weekday field written ``*`` or ``*/n``: n (1 for ``*``); else None."""
        star, values, first = ((self.day_star, self.days, 1) if field == "day"
                               else (self.weekday_star, self.weekdays, 0))
        if not star:
            return None
        ordered = sorted(values)
        return ordered[1] - ordered[0] if len(ordered) > 1 else 7 if field == "weekday" else 31

    @property
    def either_day(self) -> bool:
        """Day and weekday both restricted: cron runs on a day matching either."""
        return not (self.day_star or self.weekday_star)

    def date_matches(self, date: dt.date) -> bool:
        if date.month not in self.months:
            return False
        day_ok = date.day in self.days
        weekday_ok = date.isoweekday() % 7 in self.weekdays
        return (day_ok or weekday_ok) if self.either_day else (day_ok and weekday_ok)

    def wall_matches(self, wall: dt.datetime) -> bool:
        """Whether a wall-clock time (naive, in the schedule's zone) is one of the run times."""
        return wall.minute in self.minutes and wall.hour in self.hours and self.date_matches(wall.date())

    def next_after(self, now: dt.datetime, zone: ZoneInfo) -> dt.datetime | None:
        """The first run time at or after ``now`` (aware), in ``zone``; None if none in 30 years."""
        start = now.astimezone(zone).date() - dt.timedelta(days=1)
        times = [(hour, minute) for hour in sorted(self.hours) for minute in sorted(self.minutes)]
        for offset in range(366 * SEARCH_YEARS):
            date = start + dt.timedelta(days=offset)
            if not self.date_matches(date):
                continue
            for hour, minute in times:
                instant = resolve_wall_time(dt.datetime(date.year, date.month, date.day, hour, minute), zone)
                if instant is not None and instant >= now:
                    return instant
        return None


def resolve_wall_time(wall: dt.datetime, zone: ZoneInfo) -> dt.datetime | None:
    """The instant a wall time first happens in ``zone``, or None if the clocks skip it."""
    instant = wall.replace(tzinfo=zone, fold=0)
    if instant.astimezone(dt.UTC).astimezone(zone).replace(tzinfo=None) != wall:
        return None
    return instant


def parse(expression: str) -> CronSpec:
    """Parse a five-field expression, or raise :class:`CronError` saying which field is wrong."""
    fields = expression.split()
    if len(fields) != 5:
        raise CronError("a cron expression has five fields: minute hour day month weekday")
    sets = [_parse_field(text, *spec) for text, spec in zip(fields, _FIELDS, strict=True)]
    weekdays = frozenset(value % 7 for value in sets[4])
    result = CronSpec(frozenset(sets[0]), frozenset(sets[1]), frozenset(sets[2]), frozenset(sets[3]),
                      weekdays, fields[2].startswith("*"), fields[4].startswith("*"))
    _refuse_impossible_dates(result)
    return result


def _refuse_impossible_dates(spec: CronSpec) -> None:
    if spec.either_day and spec.weekdays:
        return  # some weekday of every allowed month matches
    if not any(day <= _longest(month) for month in spec.months for day in spec.days):
        raise CronError("never runs: none of the months has any of the days")


def _longest(month: int) -> int:
    return 29 if month == 2 else calendar.monthrange(2001, month)[1]


def _parse_field(text: str, name: str, low: int, high: int, names: dict[str, int]) -> set[int]:
    if text.startswith("*") and "," in text:
        raise CronError(f"{name}: '*' stands alone or as '*/n', not in a list")
    values: set[int] = set()
    for item in text.split(","):
        values.update(_parse_item(item, name, low, high, names))
    return values


def _parse_item(item: str, name: str, low: int, high: int, names: dict[str, int]) -> list[int]:
    span, _, step_text = item.partition("/")
    step = _number(step_text, f"{name} step", 1, high - low + 1, {}) if step_text else 1
    if span == "*":
        sequence = list(range(low, high + 1)) if name != "weekday" else list(range(0, 7))
    elif "-" in span:
        first_text, _, last_text = span.partition("-")
        first, last = (_number(first_text, name, low, high, names), _number(last_text, name, low, high, names))
        sequence = _range(first, last, name)
    else:
        first = _number(span, name, low, high, names)
        end = 6 if name == "weekday" else high
        sequence = list(range(first, end + 1)) if step_text else [first]
    return sequence[::step]


def _range(first: int, last: int, name: str) -> list[int]:
    if first <= last:
        return list(range(first, last + 1))
    if name == "weekday":  # wraps past Saturday: fri-mon is 5, 6, 0, 1
        return [value % 7 for value in range(first, last + 8)]
    raise CronError(f"{name} range {first}-{last} goes backwards")


def _number(text: str, name: str, low: int, high: int, names: dict[str, int]) -> int:
    key = text.lower()
    if key in names:
        return names[key]
    if not text.isascii() or not text.isdigit():
        known = f" or a name ({', '.join(names)})" if names else ""
        raise CronError(f"{name}: '{text}' is not a number{known}")
    value = int(text)
    if not low <= value <= high:
        raise CronError(f"{name}: {value} is outside {low}-{high}")
    return value
