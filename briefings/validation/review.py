"""Review placeholders: what a draft (``briefings draft``) or a skeleton (``briefings new``)
leaves for an analyst to decide, marked ``REVIEW``, must not pass as finished work.

A placeholder is a text value that starts with ``REVIEW``, a ``# REVIEW`` comment, or a value
left as the skeleton wrote it ("Title of the briefing", "Name of the person", ...): a skeleton with only its
marking changed would otherwise build into a finished-looking brief. Each is a warning at its
line, so ``validate --strict`` fails while any remains and ``build`` reports how many there are.
:func:`is_placeholder` is the one definition of a placeholder value; the delivery hold uses it too.
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
#: The values ``briefings new`` writes for the analyst to replace (compared case-insensitively,
#: white space folded, final full stop ignored). ``tests/cli/test_app_verbosity.py`` holds
#: the skeleton to this list: each of its text values is either here or a real choice.
SKELETON_PLACEHOLDERS = frozenset({
    "title of the briefing", "one line that says what happened", "your name", "keyword",
    "the decision or event the parties' stances refer to",
    "what the reader must know if they read nothing else", "a key point",
    "what happened before. prose fields like this one may use *markdown* emphasis and links",
    "what is likely to happen next, and why", "an indicator to watch",
    "what happened on that date", "title of the article", "name of the publisher",
    "https://example.org/article", "full name of the party", "short name", "name of the person",
    "their role", "the party's position on the question, in the analyst's words",
    "what the party asks for", "optional context",
    "a measure the party imposes, or a cost it faces",
})
#: "Replace this with a verbatim quote…" and the like
_REPLACE_ME = re.compile(r"^replace this\b", re.IGNORECASE)


def is_placeholder(value: str) -> bool:
    """Whether a text value is left for the analyst: ``REVIEW ...``, or the skeleton's text."""
    text = " ".join(value.split())
    if text.startswith(MARKER) or _REPLACE_ME.match(text):
        return True
    return text.lower().rstrip(".…") in SKELETON_PLACEHOLDERS


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
    elif isinstance(node, str) and is_placeholder(node):
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



