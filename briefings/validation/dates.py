"""Dates that contradict each other: a quote said after the article that reports it was
published, an event after the date of the briefing, a briefing dated before all its sources.

What cannot happen is an error; what is merely odd (a quote said long before the article that
reports it, one source published after the briefing's date) is a warning. Every message names
both dates, so the analyst sees which of the two is wrong.

The checks read the plain YAML data, as the reference checks do: a file with schema errors
elsewhere still gets its dates checked, and a date that does not parse is the schema's to report.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from typing import Any

from briefings.errors import Severity
from briefings.load.yaml import Location, mappings_in

#: A quote said this many days or more before the article that reports it is odd (old words
#: reported as news are usually a misdated quote): a warning.
OLD_QUOTE_DAYS = 180

DateProblem = tuple[Location, str, Severity]


def full_date(value: Any) -> dt.date | None:
    """A ``YYYY-MM-DD`` value as a date; None for anything else (the schema reports it)."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def earliest_day(value: Any) -> dt.date | None:
    """The first day a timeline date (``2017``, ``2017-12`` or ``2017-12-04``) can mean."""
    text = str(value).strip() if isinstance(value, (str, int)) else ""
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return full_date(value)
    parts = [int(part) for part in text.split("-")] + [1, 1]
    try:
        return dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return None


def date_problems(data: dict[str, Any]) -> Iterator[DateProblem]:
    """Every contradiction between the dates of one briefing's plain data.

    Material proposed for review (drafted in from newer articles) is not held to ``as_of``:
    accepting it is when the analyst moves the briefing's date on."""
    as_of = full_date(data.get("as_of"))
    published = {item.get("id"): full_date(item.get("published"))
                 for _, item in mappings_in(data, "sources")}
    if as_of is not None:
        yield from _sources_after(data, as_of)
        for i, event in mappings_in(data, "timeline"):
            day = earliest_day(event.get("date"))
            if day is not None and day > as_of and not _proposed(event):
                yield ("timeline", i, "date"), (
                    f"the event is dated {event.get('date')}, after the briefing's as_of "
                    f"{as_of.isoformat()}"), Severity.ERROR
    for i, party in mappings_in(data, "parties"):
        for j, quote in mappings_in(party, "quotes"):
            said = full_date(quote.get("said"))
            if said is not None:
                held_to = None if _proposed(party) or _proposed(quote) else as_of
                yield from _said_problems(("parties", i, "quotes", j, "said"), said,
                                          held_to, quote.get("source"), published)


def _proposed(item: dict[str, Any]) -> bool:
    return item.get("status") == "proposed"


def _cited_only_by_proposed(data: dict[str, Any]) -> set[Any]:
    """Sources that only material awaiting review cites (an article ingested after as_of)."""
    cited: dict[bool, set[Any]] = {True: set(), False: set()}
    for _, event in mappings_in(data, "timeline"):
        cited[_proposed(event)].add(event.get("source"))
    for _, party in mappings_in(data, "parties"):
        for key in ("quotes", "consequences"):
            for _, item in mappings_in(party, key):
                cited[_proposed(party) or _proposed(item)].add(item.get("source"))
    return cited[True] - cited[False]


def _sources_after(data: dict[str, Any], as_of: dt.date) -> Iterator[DateProblem]:
    """as_of before every source is impossible (the briefing cites articles from its own
    future); one source after it is odd (a late addition whose as_of was not moved on)."""
    awaiting = _cited_only_by_proposed(data)
    dated = [(i, item, day) for i, item in mappings_in(data, "sources")
             if (day := full_date(item.get("published"))) is not None
             and item.get("id") not in awaiting]
    later = [(i, item, day) for i, item, day in dated if day > as_of]
    if dated and len(later) == len(dated):
        first = min(day for _, _, day in dated)
        yield ("as_of",), (
            f"as_of {as_of.isoformat()} is before every source: the earliest was published on "
            f"{first.isoformat()}"), Severity.ERROR
        return
    for i, item, day in later:
        yield ("sources", i, "published"), (
            f"source '{item.get('id')}' was published on {day.isoformat()}, after the "
            f"briefing's as_of {as_of.isoformat()}"), Severity.WARNING


def _said_problems(here: Location, said: dt.date, as_of: dt.date | None, source: Any,
                   published: dict[Any, dt.date | None]) -> Iterator[DateProblem]:
    if as_of is not None and said > as_of:
        yield here, (f"the quote was said on {said.isoformat()}, after the briefing's as_of "
                     f"{as_of.isoformat()}"), Severity.ERROR
    day = published.get(source) if isinstance(source, str) else None
    if day is None:
        return
    if said > day:
        yield here, (f"the quote was said on {said.isoformat()}, after source '{source}' that "
                     f"reports it was published on {day.isoformat()}"), Severity.ERROR
    elif (day - said).days >= OLD_QUOTE_DAYS:
        yield here, (f"the quote was said on {said.isoformat()}, {(day - said).days} days before "
                     f"source '{source}' that reports it was published on {day.isoformat()}: "
                     "is either date wrong?"), Severity.WARNING
