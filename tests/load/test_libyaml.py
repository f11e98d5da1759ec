"""libyaml's events under ruamel's composer give the tree ruamel's own parser gives.

The fast path is only worth having if nothing an analyst sees changes: the values, the line and
column of every key and item (the messages point there), and every message. So each text below
is read both ways and compared; texts the fast path leaves to ruamel say why.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import CASES, SEEDS
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from briefings.load import libyaml
from briefings.load.yaml import MAX_DEPTH, plain, read_yaml

FILES = sorted([*SEEDS.glob("*.yaml"), *CASES.rglob("*.yaml")])

TEXTS = {
    "accents and wide characters move columns": "title: Ünïcode — “quoted” 中文\nid: x\nlist:\n  - é: 1\n    ü: [a, b]\n",
    "YAML 1.2 booleans and numbers": "a: yes\nb: no\nc: on\nd: 012\ne: 0o12\nf: 1_000\ng: 1:20\nh: .5\ni: ~\nj: true\n",
    "dates stay text": "as_of: 2024-03-01\nsaid: 2024-03-01T10:00:00Z\nmonth: 2024-03\n",
    "block scalars": "a: |\n  one\n  two\nb: >-\n  folded\n  text\n\nc: last\n",
    "quoted scalars": "a: 'it''s'\nb: \"tab\\tand \\u00e9\"\nc: \"a: b\"\n",
    "flow collections": "a: {x: 1, y: [2, 3]}\nb: [ {c: d}, e ]\n",
    "empty values": "a:\nb: []\nc: {}\nd: ''\ne:\n",
    "empty items": "a:\n  -\n  - x\n  -\nb:\n  c:\n",
    "an empty value last": "a: 1\nb:",
    "comments everywhere": "# head\na: 1  # after\n# between\nb:\n  - 2 # item\n",
    "explicit document": "---\na: 1\n...\n",
    "nested lists of mappings": "parties:\n- id: a\n  quotes:\n  - text: x\n    speaker: y\n  - text: z\n",
    "a duplicate key": "title: a\ntitle: b\n",
    "a top-level list": "- a\n- b\n",
    "a merge key with nothing after it": "a: 1\n<<:\nb: 2\n",
    "a merge key with nothing after it, in a flow mapping": "x: {<<: }\n",
    "two empty keys in a flow mapping": "a: {? , ? }\n",
}

LEFT_TO_RUAMEL = {
    "an anchor": "a: &x 1\nb: 2\n",
    "an alias": "a: &x 1\nb: *x\n",
    "a custom tag": "a: !python/object 1\n",
    "a standard tag": "a: !!str 1\n",
    "a version directive": "%YAML 1.2\n---\na: 1\n",
    "a syntax error libyaml refuses": "a: [1, 2\nb: 3\n",
    "a tab for indentation": "a:\n\tb: 1\n",
    "nesting deeper than the limit": "a: " + "[" * (MAX_DEPTH + 1) + "]" * (MAX_DEPTH + 1) + "\n",
    "a tab after a colon (ruamel refuses it)": "a:\tvalue\n",
    "a tab before a comment": "a: 1\t# said\n",
    "a tab before a colon": "a\t: 1\n",
    "a line separator between keys (no line break for YAML 1.2)": "a: 1\u2028b: 2\n",
    "a paragraph separator in a plain scalar": "a: one\u2029  two\nb: 1\n",
    "a next-line character between keys": "a: 1\x85b: 2\n",
    "a byte order mark at the start of a later line": "a: x\n\ufeff\n",
    "two byte order marks at the start": "\ufeff\ufeffa: 1\n",
    "a byte order mark opening a flow item": "a: [\n\ufeffx]\n",
    "a comment straight after a block scalar's indicator": "a: >#said\n  x\nb: 1\n",
    "a comment straight after a block scalar's chomping": "a: |-#said\n  x\nb: 1\n",
}


def _positions(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every collection's, key's and item's (line, column), by its path: what messages point
    at (:func:`briefings.load.yaml.locate`). An empty value's own position differs (see
    :mod:`briefings.load.libyaml`); no message uses it."""
    found: list[tuple[Any, ...]] = []
    if isinstance(node, (CommentedMap, CommentedSeq)):
        found.append((*path, node.lc.line, node.lc.col))
    if isinstance(node, CommentedMap):
        for key in node:
            found.append((*path, key, tuple(node.lc.key(key))))
            found += _positions(node[key], (*path, key))
    elif isinstance(node, CommentedSeq):
        for index, item in enumerate(node):
            found.append((*path, index, tuple(node.lc.item(index))))
            found += _positions(item, (*path, index))
    return found


def _read_both(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, Any]:
    fast = read_yaml(path)
    with monkeypatch.context() as patched:
        def refuse(text: str, max_depth: int) -> list[Any]:
            raise libyaml.NotForTheFastPath("ruamel's own parser, for comparison")
        patched.setattr(libyaml, "parse_events", refuse)
        slow = read_yaml(path)
    return fast, slow


def _same(fast: Any, slow: Any) -> None:
    (fast_tree, fast_issues), (slow_tree, slow_issues) = fast, slow
    assert repr(plain(fast_tree)) == repr(plain(slow_tree))
    assert _positions(fast_tree) == _positions(slow_tree)
    assert [str(issue) for issue in fast_issues] == [str(issue) for issue in slow_issues]


def test_libyaml_is_there():
    """PyYAML's wheels carry libyaml; without it every file would silently take the slow path."""
    assert libyaml.AVAILABLE


@pytest.mark.parametrize("path", FILES, ids=lambda path: f"{path.parent.name}/{path.name}")
def test_every_briefing_of_the_project_reads_the_same_both_ways(path, monkeypatch):
    _same(*_read_both(path, monkeypatch))


@pytest.mark.parametrize("text", TEXTS.values(), ids=TEXTS.keys())
def test_yaml_forms_read_the_same_both_ways(text, tmp_path, monkeypatch):
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    libyaml.parse_events(text, MAX_DEPTH)  # the fast path takes it
    _same(*_read_both(path, monkeypatch))


@pytest.mark.parametrize("text", LEFT_TO_RUAMEL.values(), ids=LEFT_TO_RUAMEL.keys())
def test_what_ruamel_must_judge_is_left_to_it(text, tmp_path, monkeypatch):
    with pytest.raises(libyaml.NotForTheFastPath):
        libyaml.parse_events(text, MAX_DEPTH)
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    _same(*_read_both(path, monkeypatch))


def test_a_briefing_takes_the_fast_path(monkeypatch):
    """Guards the speed-up itself: reading the seed hands ruamel libyaml's events."""
    made: list[int] = []
    original = libyaml.parse_events

    def counted(text: str, max_depth: int) -> list[Any]:
        events = original(text, max_depth)
        made.append(len(events))
        return events

    monkeypatch.setattr(libyaml, "parse_events", counted)
    tree, issues = read_yaml(SEEDS / "us-turkey-caatsa-sanctions.yaml")
    assert not issues and tree["id"]
    assert made and made[0] > 100


def test_a_file_read_for_editing_keeps_its_comments():
    """Edits write the file back, so they keep ruamel's parser, which reports comments."""
    tree, _ = read_yaml(SEEDS / "us-turkey-caatsa-sanctions.yaml", for_editing=True)
    assert tree.ca.items or tree.ca.comment or any(
        getattr(value, "ca", None) is not None and value.ca.items for value in tree.values())


def test_events_keep_character_columns():
    """libyaml counts columns in characters, as ruamel does (not in UTF-8 bytes)."""
    events = libyaml.parse_events("é中: x\n", MAX_DEPTH)
    scalars = [event for event in events if type(event).__name__ == "ScalarEvent"]
    assert [(event.value, event.start_mark.column) for event in scalars] == [("é中", 0), ("x", 4)]


def test_hostile_nesting_stops_at_the_limit():
    """Deep nesting would be many events before ruamel's composer refuses it; the fast path
    gives up at the limit (libyaml's own stops at 1,000) and leaves the message to ruamel."""
    with pytest.raises(libyaml.NotForTheFastPath, match="deeper than 40"):
        libyaml.parse_events("[" * 500 + "]" * 500, 40)
    with pytest.raises(libyaml.NotForTheFastPath):
        libyaml.parse_events("[" * 200_000, 40)
