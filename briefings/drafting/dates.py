"""The date an article gives near its top, read with python-dateutil.

News writes dates many ways ("Dec. 14, 2020", "14 December 2020", "December 14th, 2020",
"2020-12-14T10:00Z", "Sept. 3 2019"). Candidates are found by shape and each is parsed by
dateutil, a maintained parser; only a full date (day, month and year all written) counts: the
candidate is parsed against two different default dates, and any part filled from a default
makes the two results differ.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as dateutil_parser

_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?")
_CANDIDATE = re.compile(
    rf"\b(?:\d{{4}}-\d{{2}}-\d{{2}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}})(?!\d)",
    re.IGNORECASE)
_DEFAULTS = (dt.datetime(1901, 1, 1), dt.datetime(1902, 2, 2))


def full_date(candidate: str) -> dt.date | None:
    """``candidate`` as a date when it writes day, month and year; None otherwise."""
    try:
        first, second = (dateutil_parser.parse(candidate, default=d, fuzzy=False) for d in _DEFAULTS)
    except (ValueError, OverflowError):
        return None
    return first.date() if first.date() == second.date() else None


def article_date(text: str, within: int = 2000) -> dt.date | None:
    """The first full date in the first ``within`` characters of an article, or None."""
    for match in _CANDIDATE.finditer(text[:within]):
        found = full_date(match.group())
        if found is not None:
            return found
    return None
