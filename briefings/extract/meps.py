"""Whom a member of the European Parliament speaks for: the political group their title names.

An MEP speaks neither for their country's government nor for the European Union, but for their
group (foreign-dev ANNOTATION_NOTES, party rule 5: "leading Socialist MEP X" is "European
Parliament Socialists"). A title that gives the political family before "MEP" ("a Green MEP",
"Liberal MEP X", "a Christian Democrat member of the European Parliament") names the group as
the annotators write it: "European Parliament" and the family in the plural. A nationality alone
("Dutch MEP") names no group, and no party (``title_bodies``).
"""

from __future__ import annotations

import re

# the political families of the European Parliament's groups, as a title writes them before "MEP"
_FAMILY = re.compile(r"\b(Socialist|Social\s+Democrat|Green|Liberal|Conservative|Christian\s+Democrat|Communist)s?"
                     r"\s+(?:MEP|member\s+of\s+the\s+European\s+Parliament)\b")


def mep_group(title: str) -> tuple[str, str] | None:
    """("European Parliament <Family>s", evidence) for an MEP's title that names a political
    family, else None."""
    match = _FAMILY.search(" ".join(title.split()))
    if match is None:
        return None
    family = " ".join(match.group(1).split())
    return f"European Parliament {family}s", f"an MEP of the {family} group: {match.group(0)!r}, who speaks " \
                                              "for the group, not for a government"
