"""Read briefing YAML with positions kept, and turn pydantic's errors into positioned Issues.

ruamel.yaml's round-trip loader remembers the line and column of every key and item, so every
message can point at the place in the file the analyst has to change. The YAML is checked for
things a briefing never needs (anchors, aliases, custom tags, absurd sizes or depth) before it
is constructed, so a hostile file cannot make the loader do much work.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import re
import traceback
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.composer import Composer
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import AliasEvent

from briefings.errors import Issue
from briefings.load import libyaml
from briefings.load.yaml_hints import syntax_hint
from briefings.schema.briefing import Briefing

MAX_FILE_BYTES = 256 * 1024  # the seed is 13 KB; a pure-Python YAML parse runs at ~150 KB/s
MAX_DEPTH = 40
MAX_ISSUES_PER_FILE = 100
_ALLOWED_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "map", "seq")
} | {"!"}

Location = tuple[int | str, ...]


@dataclass
class LoadedBriefing:
    """A briefing file as read: its YAML tree (with positions) and, if valid, its model."""

    path: Path
    tree: Any = None
    briefing: Briefing | None = None
    issues: list[Issue] = field(default_factory=list)

    @property
    def folder(self) -> Path:
        """The folder relative paths in the file are resolved against."""
        return self.path.parent

    def locate(self, loc: Location) -> tuple[int, int]:
        """The 1-based line and column of the YAML node at ``loc`` (or of its nearest parent)."""
        return locate(self.tree, loc)

    def issue(self, loc: Location, message: str, **kwargs: Any) -> Issue:
        line, column = self.locate(loc)
        return Issue(self.path, line, column, dotted(loc), message, **kwargs)


def dotted(loc: Location) -> str:
    """``('parties', 2, 'quotes', 0)`` → ``parties[2].quotes[0]``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def locate(tree: Any, loc: Location) -> tuple[int, int]:
    """Walk ``loc`` down the ruamel tree; return the position of the deepest node reached.

    For a mapping key, the position is the key's when the key is the last step (so "unknown
    key" and "wrong value" both point at the line that names the field), else the value's.
    """
    line, column = 0, 0
    node = tree
    if isinstance(node, (CommentedMap, CommentedSeq)) and node.lc.line is not None:
        line, column = node.lc.line, node.lc.col
    for part in loc:
        if isinstance(node, CommentedMap) and part in node:
            line, column = node.lc.key(part)
            node = node[part]
        elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
            line, column = node.lc.item(part)
            node = node[part]
        else:
            break
    return line + 1, column + 1


def read_yaml(path: Path, *, for_editing: bool = False) -> tuple[Any, list[Issue]]:
    """Parse one YAML file into a ruamel tree, refusing what a briefing never needs.

    ``for_editing`` keeps dates as ruamel's own types and quotes as written, so that a tree
    dumped back after an edit changes nothing the edit did not touch.
    """
    text, problem = _read_capped(path)
    if text is None:
        return None, [problem] if problem else []
    try:
        tree = _load(text, for_editing=for_editing)
    except MarkedYAMLError as error:
        return None, [_marked_issue(path, error, text.splitlines())]
    except YAMLError as error:
        return None, [Issue(path, 1, 1, "", f"invalid YAML: {error}")]
    except AssertionError as error:
        if not _raised_in_ruamel(error):
            raise
        return None, [Issue(path, 0, 0, "", _RUAMEL_FAILED)]
    if tree is None:
        return None, [Issue(path, 1, 1, "", "the file is empty; a briefing is a mapping of keys")]
    if not isinstance(tree, CommentedMap):
        return None, [Issue(path, 1, 1, "", "a briefing file must be a mapping of keys")]
    return tree, []


#: ruamel.yaml's scanner asserts instead of raising on some broken texts (found: an empty list
#: item, a blank line, then a '|' or '>' block with a comment); its position is lost by then
_RUAMEL_FAILED = ("invalid YAML the YAML parser cannot read (it failed an internal check, as it "
                  "does on a block of text with a comment below an empty list item)")


def _raised_in_ruamel(error: AssertionError) -> bool:
    """Whether ``error`` is ruamel.yaml's (a bug of ours must still be one, with its traceback)."""
    frames = traceback.extract_tb(error.__traceback__)
    return bool(frames) and "ruamel" in Path(frames[-1].filename).parts[-3:-1]


def _load(text: str, *, for_editing: bool) -> Any:
    """The tree of ``text``, through libyaml's events where it can (see :func:`_parser_over`).

    An error that points at an empty node (a merge key with nothing after it, two empty keys
    of a flow mapping) is found again by ruamel's own parser, whose position for it is the one
    reported: libyaml places an empty node elsewhere. Only such a broken file pays the second
    read, at most what every file cost before the fast path."""
    if not for_editing:
        with contextlib.suppress(libyaml.NotForTheFastPath):
            events = libyaml.parse_events(text, MAX_DEPTH)
            try:
                return _loader(for_editing, events).load(text)
            except MarkedYAMLError as error:
                if not libyaml.at_empty_node(error):
                    raise
    return _loader(for_editing, None).load(text)


def _loader(for_editing: bool, events: list[Any] | None) -> YAML:
    yaml = YAML(typ="rt", pure=True)
    if for_editing:
        yaml.preserve_quotes = True
    else:
        yaml.Constructor = _DatesAsText
    if events is not None:
        yaml.Parser = _parser_over(events)
    yaml.Composer = _GuardedComposer
    yaml.max_depth = MAX_DEPTH
    yaml.allow_duplicate_keys = False
    return yaml


def _parser_over(parsed: list[Any]) -> type:
    """A parser class for ruamel's loader that hands out events libyaml made beforehand.

    Why: ruamel's scanner and parser are pure Python (nine tenths of validating a briefing);
    its composer and constructor, which make the tree and its positions, stay ruamel's. Only a
    file read for checking takes this path: one read for editing keeps its comments, which
    libyaml does not report (see :mod:`briefings.load.libyaml`)."""

    class _Prepared(libyaml.EventList):
        def __init__(self, loader: Any = None) -> None:
            super().__init__(parsed)

    return _Prepared


def _read_capped(path: Path) -> tuple[str | None, Issue | None]:
    """The file's text, or the Issue that says why it cannot be read (too big, not UTF-8)."""
    try:
        size = path.stat().st_size
    except OSError as error:
        return None, Issue(path, 0, 0, "", f"cannot read the file: {error.strerror}")
    if size > MAX_FILE_BYTES:
        return None, Issue(path, 1, 1, "", f"the file is {size:,} bytes; the limit is {MAX_FILE_BYTES:,}")
    try:
        return path.read_text(encoding="utf-8"), None
    except UnicodeDecodeError as error:
        return None, Issue(path, 1, 1, "", f"the file is not UTF-8 text ({error.reason})")
    except OSError as error:
        return None, Issue(path, 0, 0, "", f"cannot read the file: {error.strerror}")


def _marked_issue(path: Path, error: MarkedYAMLError, lines: list[str]) -> Issue:
    """A YAML syntax error at its position, in words an analyst understands."""
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (0, 0)
    message = str(error.problem or "invalid YAML").split("\n")[0]
    if message.startswith("maximum depth of data structure exceeded"):
        message = f"nesting deeper than {MAX_DEPTH} levels"
    if error.context:
        message += f" ({error.context})"
    if "duplicate key" in str(error):
        key = str(error).split('found duplicate key "', 1)[-1].split('"', 1)[0]
        message = f"duplicate key '{key}'"
    elif hint := syntax_hint(error, lines):
        message = f"{hint} (the YAML parser says: {message})"
    return Issue(path, line, column, "", message)


class _DatesAsText(RoundTripConstructor):
    """Leave dates as text, so that an impossible date is a schema error with a position."""


_DatesAsText.add_constructor("tag:yaml.org,2002:timestamp", _DatesAsText.construct_yaml_str)


class _Refused(MarkedYAMLError):
    """A construct a briefing never needs, refused while composing (so in one pass)."""


class _GuardedComposer(Composer):
    """ruamel's composer, refusing anchors, aliases and custom tags as it meets them.

    Refusing while composing (rather than in a separate scan) keeps hostile files cheap: an
    alias bomb stops at its first anchor, and every file is parsed once.
    """

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.parser.peek_event()
        if isinstance(event, AliasEvent) or getattr(event, "anchor", None):
            raise _Refused(None, None, "anchors and aliases (&name, *name) are not allowed",
                           event.start_mark)
        tag = getattr(event, "ctag", None)
        if tag is not None and str(tag) not in _ALLOWED_TAGS:
            raise _Refused(None, None, f"custom YAML tags are not allowed ({tag})", event.start_mark)
        return super().compose_node(parent, index)


def plain(node: Any) -> Any:
    """Convert ruamel's round-trip types into plain Python values for pydantic."""
    if isinstance(node, dict):
        return {str(key) if not isinstance(key, str) else str(key): plain(v) for key, v in node.items()}
    if isinstance(node, list):
        return [plain(item) for item in node]
    if isinstance(node, bool):
        return bool(node)
    if isinstance(node, int):
        return int(node)
    if isinstance(node, float):
        return float(node)
    if isinstance(node, str):
        return str(node)
    if isinstance(node, dt.datetime):
        return dt.datetime(*node.timetuple()[:6])
    return node


def mappings_in(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mappings in the list ``data[key]`` of plain data, with their indexes; anything else
    is skipped (the schema reports it). The checks that run on a file with schema errors
    walk the data with it."""
    value = data.get(key) if isinstance(data, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def load_briefing_file(path: Path | str) -> LoadedBriefing:
    """Read and schema-validate one briefing file; problems are collected in ``.issues``."""
    path = Path(path)
    loaded = LoadedBriefing(path=path)
    loaded.tree, loaded.issues = read_yaml(path)
    if loaded.tree is None:
        return loaded
    try:
        loaded.briefing = Briefing.model_validate(plain(loaded.tree))
    except ValidationError as error:
        details = error.errors(include_url=False, include_context=False, include_input=True)
        shown = _drop_missing_explained_by_typos(details[:MAX_ISSUES_PER_FILE])
        issues = [_issue_from_pydantic(loaded, detail) for detail in shown]
        issues.sort(key=lambda issue: (issue.line, issue.column))
        if len(details) > MAX_ISSUES_PER_FILE:
            extra = len(details) - MAX_ISSUES_PER_FILE
            issues.append(Issue(path, 0, 0, "", f"... and {extra:,} more errors not shown"))
        loaded.issues.extend(issues)
    return loaded


def _drop_missing_explained_by_typos(details: list[Any]) -> list[Any]:
    """A misspelled key gives "unknown key 'titel'" and "missing 'title'"; keep only the first."""
    typos: set[tuple[Any, ...]] = set()
    for detail in details:
        loc = _clean(detail["loc"], detail["type"])
        if detail["type"] == "extra_forbidden":
            close = difflib.get_close_matches(str(loc[-1]), _allowed_keys(loc[:-1]), n=1, cutoff=0.6)
            typos.update((loc[:-1], key) for key in close)
    return [
        d for d in details
        if not (d["type"] == "missing" and _clean(d["loc"]) and
                (_clean(d["loc"])[:-1], _clean(d["loc"])[-1]) in typos)
    ]


def _clean(raw_loc: Any, kind: str = "") -> Location:
    """pydantic's location without its schema tags; an unknown key is kept whatever it is."""
    parts = list(raw_loc)
    last = parts.pop() if kind == "extra_forbidden" and parts else None
    cleaned = tuple(part for part in parts if isinstance(part, int) or _is_key(part))
    return cleaned + ((last,) if last is not None else ())


def _issue_from_pydantic(loaded: LoadedBriefing, detail: Any) -> Issue:
    kind = detail["type"]
    loc = _clean(detail["loc"], kind)
    if kind == "extra_forbidden":
        key = loc[-1]
        message = f"unknown key '{key}'"
        allowed = _allowed_keys(loc[:-1])
        if close := difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6):
            message += f"; did you mean '{close[0]}'?"
        elif allowed:
            message += f" (allowed: {', '.join(allowed)})"
        return loaded.issue(loc, message)
    if kind == "missing":
        line, column = loaded.locate(loc[:-1])
        return Issue(loaded.path, line, column, dotted(loc), "missing required key")
    message = detail["msg"].removeprefix("Value error, ")
    if kind in ("enum", "literal_error", "string_pattern_mismatch", "string_type", "date_type"):
        message += f" (got {_show(detail.get('input'))})"
    if kind == "string_pattern_mismatch" and loc and loc[-1] in ("id", "speaker", "source"):
        message = f"not a valid id (lower-case letters, digits and '-') (got {_show(detail.get('input'))})"
    return loaded.issue(loc, message)


_SCHEMA_TAG = re.compile(r"^(?:[a-z-]+\[.*\]|constrained-[a-z]+)$", re.DOTALL)


def _is_key(part: Any) -> bool:
    """pydantic adds schema tags (``function-after[...]``, ``constrained-str``) to locations."""
    return isinstance(part, str) and not _SCHEMA_TAG.match(part)


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _allowed_keys(loc: Location) -> list[str]:
    """The field names of the model at ``loc`` (for "did you mean" suggestions)."""
    model: type[BaseModel] | None = Briefing
    for part in loc:
        if model is None:
            return []
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part)
        model = _model_in(info.annotation) if info else None
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            if found := _model_in(arg):
                return found
    return None
