"""What a YAML syntax error most likely means, in words an analyst acts on.

The parser says "mapping values are not allowed here"; the analyst needs "quote this text: it
contains ': '". Each rule looks at the parser's message and the line it points at, and gives
the likely cause; the parser's own words follow in the message, for the rare other cause.
"""

from __future__ import annotations

from ruamel.yaml.error import MarkedYAMLError


def syntax_hint(error: MarkedYAMLError, lines: list[str]) -> str:
    """The likely cause of ``error`` in the file whose ``lines`` are given ('' if unsure)."""
    problem = str(error.problem or "")
    mark, context = error.problem_mark, error.context_mark
    line = lines[mark.line] if mark and 0 <= mark.line < len(lines) else ""
    column = mark.column if mark else 0
    opened = f" on line {context.line + 1}" if context else ""
    if problem.startswith("mapping values are not allowed"):
        if ": " in line[:column].lstrip(" -"):
            return "quote this text: it contains ': ' (put the whole value in quotes)"
        return "indentation: this key is indented more than the keys above it"
    if "'\\t'" in problem or "\t" in problem:
        return "indentation: a tab character; indent with spaces only"
    if "while scanning a quoted scalar" in str(error.context or ""):
        return f"a quotation mark opened{opened} is never closed"
    if "but found '<scalar>'" in problem and line[:column].rstrip().endswith(('"', "'")):
        return "text after a closing quotation mark: put the whole value in quotes"
    if "but found '<block mapping start>'" in problem or "could not find expected ':'" in problem:
        return f"indentation: this line does not line up with the keys of the block that starts{opened}"
    if "flow sequence" in str(error.context or "") or "flow mapping" in str(error.context or ""):
        return f"a '[' or '{{' opened{opened} is not closed (or a comma is missing)"
    return ""
