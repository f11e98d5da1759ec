"""How every export writes a schedule's fields: weekday names, runs of numbers as ranges, and
the check that no value holds a character that would end a line in the target. (Shared by the
exports, :mod:`briefings.schedule.export`, and GitHub's UTC lines, :mod:`briefings.schedule.github`.)"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from briefings.errors import BriefingError

WEEKDAYS = ("sun", "mon", "tue", "wed", "thu", "fri", "sat")


def checked(value: str, what: str) -> str:
    """``value``, unless it holds a control character that would end a line in the target."""
    for char in value:
        if unicodedata.category(char) in ("Cc", "Zl", "Zp"):
            raise BriefingError(f"{what}: control character U+{ord(char):04X} cannot be exported")
    return value


def compact(values: Iterable[int], dash: str = "-", names: tuple[str, ...] | None = None) -> str:
    """Sorted numbers as a list with runs of three or more as ranges: ``1-5,7``."""
    ordered = sorted(values)
    parts: list[str] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        show = (lambda n: names[n]) if names else str
        if end - start >= 2:
            parts.append(f"{show(ordered[start])}{dash}{show(ordered[end])}")
        else:
            parts.extend(show(n) for n in ordered[start:end + 1])
        start = end + 1
    return ",".join(parts)


# --- crontab -------------------------------------------------------------------------------
