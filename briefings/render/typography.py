"""Typographic quotes and apostrophes in what a brief prints: ``"the necessary steps"`` →
``“the necessary steps”``, ``Turkey's`` → ``Turkey’s``.

Analysts and the articles they quote type straight quotes; the templates set curly ones around
each quote, and the two side by side look like a draft. The rendered text is typeset here, in
one place, on a copy of the briefing made for rendering (:func:`typeset_briefing`): the YAML,
the provenance checks (which compare a quote with its source verbatim), the data embedded in
an archival PDF and the edition records all keep the text as written. Identifiers, URLs, file
names, dates and the handling marking are never touched; Markdown prose keeps its code spans,
link destinations, autolinks, HTML tags and backslash-escaped quotes as written.

A straight quote opens when it follows the start of the text, white space or an opening
bracket or dash, and closes otherwise; a single quote between letters, or after one, is an
apostrophe; ``'90s`` keeps its apostrophe.
"""

from __future__ import annotations

import re
import types
import typing
from functools import lru_cache
from typing import Any, TypeVar

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from briefings.render.prose import MAX_MARKUP, markup_count
from briefings.schema.briefing import Briefing
from briefings.schema.types import Prose, Text

#: After these a quote opens (besides white space and the start of the text).
_OPENERS = "([{<‘“—–-/*_\u00a0"
_ELIDED_YEAR = re.compile(r"\d0s\b|\d\d\b")

#: Inline Markdown that must stay as written: a code span, a link's destination and title, an
#: autolink or tag, a backslash escape. Each is bounded (a longer one is typeset as text), so
#: the search stays linear on pathological prose, as the Markdown parser's budget requires.
_PROTECTED_INLINE = re.compile(
    r"(`{1,16})[^`\n](?:[^\n]{0,2000}?[^`\n])?\1(?!`)"  # a code span on one line
    r"|\]\([^()\[\]\n]{0,2000}\)"  # a link's destination and title
    r"|<[A-Za-z/!?][^<>\n]{0,2000}>"  # an autolink or a tag
    r"|\\."  # a backslash escape
)
_FENCE = re.compile(r" {0,3}(`{3,}|~{3,})")
_INDENTED_CODE = re.compile(r"(?: {4}|\t)")

Model = TypeVar("Model", bound=BaseModel)


def smart_quotes(text: str, before: str = "") -> str:
    """``text`` with typographic quotes and apostrophes; ``before`` is the character that
    precedes it (for a piece of a longer text)."""
    if "'" not in text and '"' not in text:
        return text
    out: list[str] = []
    for index, char in enumerate(text):
        if char not in "'\"":
            out.append(char)
            continue
        opens = _opens(out[-1] if out else before, text[index + 1: index + 2])
        if char == '"':
            out.append("“" if opens else "”")
        elif opens and not _ELIDED_YEAR.match(text, index + 1):
            out.append("‘")
        else:
            out.append("’")
    return "".join(out)


def _opens(previous: str, following: str) -> bool:
    """Whether a quote between these characters opens: after a space, the start or an
    opener, and before a character that is not a space."""
    after_a_break = not previous or previous.isspace() or previous in _OPENERS
    return after_a_break and bool(following) and not following.isspace()


def smart_quotes_markdown(text: str) -> str:
    """Markdown prose with typographic quotes outside code, link destinations and tags
    (prose past the Markdown budget is shown as plain text: it is typeset as such)."""
    if markup_count(text) > MAX_MARKUP:
        return smart_quotes(text)
    pieces: list[str] = []
    for verbatim, part in _blocks(text):
        if verbatim:
            pieces.append(part)
            continue
        last = 0
        for protected in _PROTECTED_INLINE.finditer(part):
            pieces.append(smart_quotes(part[last:protected.start()], _last_char(pieces)))
            pieces.append(protected.group())
            last = protected.end()
        pieces.append(smart_quotes(part[last:], _last_char(pieces)))
    return "".join(pieces)


def _blocks(text: str) -> list[tuple[bool, str]]:
    """``text`` cut into (verbatim, part): fenced code blocks and indented code lines are
    verbatim, the rest is prose. One pass over the lines."""
    parts: list[tuple[bool, str]] = []
    fence: str | None = None
    for line in text.splitlines(keepends=True):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            parts.append((True, line))
        elif opening:
            fence = opening.group(1)
            parts.append((True, line))
        else:
            parts.append((bool(_INDENTED_CODE.match(line)), line))
    return parts


def _last_char(pieces: list[str]) -> str:
    return next((piece[-1] for piece in reversed(pieces) if piece), "")


def _without_field_info(annotation: Any) -> Any:
    """``Annotated[str, …]`` without the ``Field(…)`` pydantic moves out of a field's type."""
    if typing.get_origin(annotation) is not typing.Annotated:
        return annotation
    base, *metadata = typing.get_args(annotation)
    return (base, [item for item in metadata if not isinstance(item, FieldInfo)])


_PROSE, _TEXT = _without_field_info(Prose), _without_field_info(Text)


def _kind(annotation: Any) -> str | None:
    """"text" or "prose" when a field holds Text or Prose (alone, in a list or optional)."""
    bare = _without_field_info(annotation)
    if bare == _PROSE:
        return "prose"
    if bare == _TEXT:
        return "text"
    if typing.get_origin(annotation) in (list, typing.Union, types.UnionType, typing.Annotated):
        kinds = {_kind(argument) for argument in typing.get_args(annotation)} - {None}
        return kinds.pop() if len(kinds) == 1 else None
    return None


def _typeset_value(value: Any, kind: str | None) -> Any:
    if isinstance(value, BaseModel):
        return _typeset_model(value)
    if isinstance(value, list):
        return [_typeset_value(item, kind) for item in value]
    if isinstance(value, str) and kind == "text":
        return smart_quotes(value)
    if isinstance(value, str) and kind == "prose":
        return smart_quotes_markdown(value)
    return value


@lru_cache(maxsize=64)
def _field_kinds(model_class: type[BaseModel]) -> tuple[tuple[str, str | None], ...]:
    """Each field of a model class with what it holds ("text", "prose" or None), worked out
    once per class."""
    return tuple((name, _kind(field.rebuild_annotation())) for name, field in model_class.model_fields.items())


def _typeset_model(model: Model) -> Model:
    update = {}
    for name, kind in _field_kinds(type(model)):
        value = getattr(model, name)
        typeset = _typeset_value(value, kind)
        if typeset is not value:
            update[name] = typeset
    return model.model_copy(update=update)


def typeset_briefing(briefing: Briefing) -> Briefing:
    """A copy of ``briefing`` for rendering, its text and prose with typographic quotes."""
    return _typeset_model(briefing)
