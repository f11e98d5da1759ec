"""What a YAML syntax error most likely means, in words an analyst acts on.

The parser says "mapping values are not allowed here"; the analyst needs "quote this text: it
contains ': '". Each rule looks at the parser's message and the line it points at, and gives
the likely cause; the parser's own words follow in the message, for the rare other cause.
"""

from __future__ import annotations

from dataclasses import dataclass

from ruamel.yaml.error import MarkedYAMLError


def syntax_hint(error: MarkedYAMLError, lines: list[str]) -> str:
    """The likely cause of ``error`` in the file whose ``lines`` are given ('' if unsure)."""
    mark, context = error.problem_mark, error.context_mark
    seen = _Seen(
        problem=str(error.problem or ""), context=str(error.context or ""),
        before=(lines[mark.line][:mark.column]
                if mark and 0 <= mark.line < len(lines) else ""),
        opened=f" on line {context.line + 1}" if context else "")
    for rule in _RULES:
        if hint := rule(seen):
            return hint
    return ""


@dataclass(frozen=True)
class _Seen:
    """What a rule looks at: the parser's words and the line up to where it stopped."""

    problem: str
    context: str
    before: str  # the text of the error's line before its column
    opened: str  # " on line N": where the construct the parser was in began


def _colon_or_indent(seen: _Seen) -> str:
    if not seen.problem.startswith("mapping values are not allowed"):
        return ""
    if ": " in seen.before.lstrip(" -"):
        return "quote this text: it contains ': ' (put the whole value in quotes)"
    return "indentation: this key is indented more than the keys above it"


def _tab(seen: _Seen) -> str:
    tab = "'\\t'" in seen.problem or "\t" in seen.problem
    return "indentation: a tab character; indent with spaces only" if tab else ""


def _unclosed_quote(seen: _Seen) -> str:
    if "while scanning a quoted scalar" in seen.context:
        return f"a quotation mark opened{seen.opened} is never closed"
    return ""


def _text_after_quote(seen: _Seen) -> str:
    if "but found '<scalar>'" in seen.problem and seen.before.rstrip().endswith(('"', "'")):
        return "text after a closing quotation mark: put the whole value in quotes"
    return ""


def _misaligned(seen: _Seen) -> str:
    if ("but found '<block mapping start>'" in seen.problem
            or "could not find expected ':'" in seen.problem):
        return ("indentation: this line does not line up with the keys of the block that "
                f"starts{seen.opened}")
    return ""


def _unclosed_bracket(seen: _Seen) -> str:
    if "flow sequence" in seen.context or "flow mapping" in seen.context:
        return f"a '[' or '{{' opened{seen.opened} is not closed (or a comma is missing)"
    return ""


_RULES = (_colon_or_indent, _tab, _unclosed_quote, _text_after_quote, _misaligned,
          _unclosed_bracket)
