"""Review placeholders: what a draft (``briefings draft``) or a skeleton (``briefings new``)
leaves for an analyst to decide, marked ``REVIEW``, must not pass as finished work.

A placeholder is a text value that starts with ``REVIEW`` or a ``# REVIEW`` comment. Each is a
warning at its line, so ``validate --strict`` fails while any remains and ``build`` reports
how many there are.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.errors import Issue, Severity
from briefings.load.yaml import LoadedBriefing, Location

MARKER = "REVIEW"
#: ``# REVIEW`` at the start of a comment (after the YAML value, or on its own line)
_COMMENT = re.compile(rf"#\s*{MARKER}\b")
PLACEHOLDER_MESSAGE = "review placeholder left"


def review_placeholders(loaded: LoadedBriefing) -> list[Issue]:
    """A warning for every REVIEW value and every REVIEW comment in the file."""
    if loaded.tree is None:
        return []
    issues = [loaded.issue(loc, f"{PLACEHOLDER_MESSAGE}: {value[:80]}", severity=Severity.WARNING)
              for loc, value in _placeholder_values(loaded.tree, ())]
    value_lines = {issue.line for issue in issues}
    for number, line in enumerate(_text(loaded).splitlines(), start=1):
        comment = _comment_of(line)
        if comment and _COMMENT.search(comment) and number not in value_lines:
            key = line[: line.index(comment)].strip().lstrip("- ").split(":", 1)[0].strip()
            issues.append(Issue(loaded.path, number, line.index(comment) + 1, key,
                                f"{PLACEHOLDER_MESSAGE}: {comment.lstrip('# ')[:80]}",
                                Severity.WARNING))
    return issues


def count_placeholders(issues: list[Issue]) -> int:
    """How many of ``issues`` are review placeholders."""
    return sum(1 for issue in issues if issue.message.startswith(PLACEHOLDER_MESSAGE))


def _placeholder_values(node: Any, loc: Location) -> Iterator[tuple[Location, str]]:
    if isinstance(node, CommentedMap):
        for key, value in node.items():
            yield from _placeholder_values(value, (*loc, str(key)))
    elif isinstance(node, CommentedSeq):
        for index, value in enumerate(node):
            yield from _placeholder_values(value, (*loc, index))
    elif isinstance(node, str) and node.lstrip().startswith(MARKER):
        yield loc, node.strip()


def _text(loaded: LoadedBriefing) -> str:
    try:
        return loaded.path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _comment_of(line: str) -> str | None:
    """The comment on a YAML line: a ``#`` at the line's start or after a space, outside
    quotes (good enough for the lines a draft writes; a ``#`` inside a quoted value is not
    a comment)."""
    quote: str | None = None
    for index, char in enumerate(line):
        if quote:
            quote = None if char == quote else quote
        elif char in "'\"" and (index == 0 or line[index - 1] in " :-[{,"):
            quote = char
        elif char == "#" and (index == 0 or line[index - 1] in " \t"):
            return line[index:]
    return None



