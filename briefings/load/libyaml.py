"""libyaml's C parser under ruamel.yaml's composer and constructor, for reading briefings fast.

ruamel.yaml's round-trip loader is what keeps the line and column of every key and item for the
messages, but it scans and parses in pure Python: about 50 ms for the seed's 13 KB, nine tenths
of validating a briefing, paid for every brief of a batch. libyaml (through PyYAML) scans and
parses the same text in C. Here its events are handed, as ruamel's own event objects with their
positions, to ruamel's composer and round-trip constructor, so the tree, its positions and the
values (YAML 1.2, dates left as text) come from the same code as before; only the scanning is
libyaml's.

It is a fast path, not a second YAML dialect: a text that uses anything a briefing never needs
(an anchor, an alias, a tag, a directive), that libyaml refuses, or that libyaml (YAML 1.1)
scans otherwise than ruamel (1.2) is read again by ruamel's own parser, whose acceptance and
messages are the ones the project tests (``read_yaml`` does that when :class:`NotForTheFastPath`
is raised). The positions are characters, as ruamel's are, and the same for every key, item and
collection that is not empty; an empty node (``key:`` and nothing) sits elsewhere than ruamel
puts it, so an error at one (:func:`at_empty_node`) is found again by ruamel's parser.
"""

from __future__ import annotations

import re
from typing import Any

from ruamel.yaml import events as ruamel_events
from ruamel.yaml.error import MarkedYAMLError, StreamMark

try:  # PyYAML built without libyaml has no CParser: then every text takes ruamel's parser
    from yaml import YAMLError as _LibyamlError
    from yaml import events as _pyyaml_events
    from yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML's wheels ship libyaml
    _CParser = None

AVAILABLE = _CParser is not None


# What libyaml (YAML 1.1) scans otherwise than ruamel (1.2): a tab where ruamel refuses one (after
# a colon, before a comment), NEL, LS and PS as line breaks, a byte order mark at the start of any
# line skipped (ruamel skips only the file's first), a comment straight after a block scalar's
# indicator. Rare in a briefing; a text with one is read by ruamel's parser.
_SCANNED_OTHERWISE = re.compile("[\t\x85\u2028\u2029]|(?s:.)\ufeff|[|>][-+0-9]*#")


class NotForTheFastPath(Exception):
    """The text needs ruamel's own parser: libyaml refused it, or it uses a construct that
    ruamel's parser is the judge of (an anchor, an alias, a tag, a directive)."""


class EmptyNodeMark(StreamMark):
    """The position of an empty node (``key:`` and nothing), which is not ruamel's."""


def at_empty_node(error: MarkedYAMLError) -> bool:
    """Whether ruamel's composer or constructor put ``error`` at an empty node: its position
    is then ruamel's parser's to give."""
    return any(isinstance(mark, EmptyNodeMark) for mark in (error.problem_mark, error.context_mark))


def _mark(mark: Any, kind: type[StreamMark] = StreamMark) -> StreamMark:
    return kind("<briefing>", mark.index, mark.line, mark.column)


def _scalar(event: Any) -> ruamel_events.ScalarEvent:
    kind = EmptyNodeMark if event.value == "" and not event.style else StreamMark  # plain, empty
    return ruamel_events.ScalarEvent(None, None, event.implicit, event.value,
                                     _mark(event.start_mark, kind), _mark(event.end_mark, kind),
                                     style=event.style or None)  # PyYAML writes plain as ''


def _collection(kind: type, event: Any) -> Any:
    return kind(None, None, event.implicit, _mark(event.start_mark), _mark(event.end_mark),
                flow_style=event.flow_style)


def _end(kind: type, event: Any) -> Any:
    return kind(_mark(event.start_mark), _mark(event.end_mark))


def _document_start(event: Any) -> ruamel_events.DocumentStartEvent:
    if event.version is not None or event.tags:
        raise NotForTheFastPath("a %YAML or %TAG directive")
    return ruamel_events.DocumentStartEvent(_mark(event.start_mark), _mark(event.end_mark),
                                            explicit=event.explicit)


def _translate(event: Any) -> Any:
    """One PyYAML event as ruamel's; what ruamel's parser must judge raises."""
    if isinstance(event, _pyyaml_events.NodeEvent) and (
            event.anchor is not None or getattr(event, "tag", None) is not None
            or isinstance(event, _pyyaml_events.AliasEvent)):
        raise NotForTheFastPath("an anchor, an alias or a tag")
    if isinstance(event, _pyyaml_events.ScalarEvent):
        return _scalar(event)
    if isinstance(event, _pyyaml_events.DocumentStartEvent):
        return _document_start(event)
    for theirs, ours in _SAME_SHAPE:
        if isinstance(event, theirs):
            return ours(event)
    raise NotForTheFastPath(f"an event of kind {type(event).__name__}")  # pragma: no cover


if AVAILABLE:
    _DEPTH_CHANGE = {_pyyaml_events.MappingStartEvent: 1, _pyyaml_events.SequenceStartEvent: 1,
                     _pyyaml_events.MappingEndEvent: -1, _pyyaml_events.SequenceEndEvent: -1}
    _SAME_SHAPE = (
        (_pyyaml_events.MappingStartEvent,
         lambda e: _collection(ruamel_events.MappingStartEvent, e)),
        (_pyyaml_events.SequenceStartEvent,
         lambda e: _collection(ruamel_events.SequenceStartEvent, e)),
        (_pyyaml_events.MappingEndEvent, lambda e: _end(ruamel_events.MappingEndEvent, e)),
        (_pyyaml_events.SequenceEndEvent, lambda e: _end(ruamel_events.SequenceEndEvent, e)),
        (_pyyaml_events.DocumentEndEvent,
         lambda e: ruamel_events.DocumentEndEvent(_mark(e.start_mark), _mark(e.end_mark),
                                                  explicit=e.explicit)),
        (_pyyaml_events.StreamStartEvent,
         lambda e: ruamel_events.StreamStartEvent(_mark(e.start_mark), _mark(e.end_mark))),
        (_pyyaml_events.StreamEndEvent, lambda e: _end(ruamel_events.StreamEndEvent, e)),
    )


def parse_events(text: str, max_depth: int) -> list[Any]:
    """Every event of ``text``, as ruamel's event objects; raises :class:`NotForTheFastPath`.

    The whole text is parsed before ruamel's composer sees an event, so a text libyaml refuses
    halfway never leaves a half-built tree. Nesting deeper than ``max_depth`` stops at once
    (ruamel's composer refuses it with its message): a hostile file of 256 KB of ``[`` must not
    become a quarter of a million events first."""
    if not AVAILABLE:
        raise NotForTheFastPath("PyYAML was built without libyaml")
    if found := _SCANNED_OTHERWISE.search(text):
        raise NotForTheFastPath(f"{found.group()!r}, which libyaml reads otherwise")
    parser = _CParser(text)
    try:
        translated, depth = [], 0
        while (event := parser.get_event()) is not None:
            depth += _DEPTH_CHANGE.get(type(event), 0)
            if depth > max_depth:
                raise NotForTheFastPath(f"nesting deeper than {max_depth} levels")
            translated.append(_translate(event))
        return translated
    except _LibyamlError as error:
        raise NotForTheFastPath(str(error)) from None
    finally:
        parser.dispose()


class EventList:
    """A ruamel parser over a list of events made beforehand (what ruamel's composer asks of
    its parser: check, peek, get, dispose)."""

    def __init__(self, parsed: list[Any]):
        self._events = parsed
        self._next = 0

    def check_event(self, *choices: type) -> bool:
        if self._next >= len(self._events):
            return False
        return not choices or isinstance(self._events[self._next], choices)

    def peek_event(self) -> Any:
        return self._events[self._next] if self._next < len(self._events) else None

    def get_event(self) -> Any:
        event = self.peek_event()
        self._next += 1
        return event

    def dispose(self) -> None:
        self._events = []
