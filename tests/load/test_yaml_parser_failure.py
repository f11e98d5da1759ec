"""ruamel.yaml's own parser fails an internal check (AssertionError) on some broken texts: an
empty list item, a blank line, then a block of text with a comment. The analyst gets a message
naming the file, never a traceback, both when validating and when a command edits the file."""

from __future__ import annotations

import pytest

from briefings.load import libyaml
from briefings.load.yaml import read_yaml

TRIPS_RUAMEL = {
    "a block of text with a comment below an empty item":
        "id: x\nkey_points:\n  - \n\n  |- # said later\n",
    "the same, folded, with a tab that sends validation to ruamel's parser":
        "id: x\ntitle: \"a\tb\"\nkey_points:\n- \n\n>- # note\n  words\n",
}


@pytest.mark.parametrize("text", TRIPS_RUAMEL.values(), ids=TRIPS_RUAMEL.keys())
@pytest.mark.parametrize("for_editing", [False, True])
def test_a_text_ruamel_fails_on_gives_a_message(text, for_editing, tmp_path, monkeypatch):
    def refuse(text: str, max_depth: int) -> list[object]:
        raise libyaml.NotForTheFastPath("ruamel's own parser")

    monkeypatch.setattr(libyaml, "parse_events", refuse)
    path = tmp_path / "b.yaml"
    path.write_text(text, encoding="utf-8")
    tree, issues = read_yaml(path, for_editing=for_editing)
    assert tree is None
    assert [str(issue) for issue in issues] == [
        f"{path}: invalid YAML the YAML parser cannot read (it failed an internal check, "
        "as it does on a block of text with a comment below an empty list item)"]
