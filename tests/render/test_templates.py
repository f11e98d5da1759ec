"""Rendering: untrusted text stays text, templates can be overridden, failures are clear."""

from __future__ import annotations

import re
import shutil
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import CASES
from hypothesis import given, settings
from hypothesis import strategies as st

from briefings.building.run import Workspace, build
from briefings.errors import TemplateProblem
from briefings.render.markdown import markdown_to_html, render_markdown
from briefings.render.prose import reveal_bidi
from briefings.render.templates import escape_markdown, markdown_environment
from briefings.validation.run import validate_paths


class _Elements(HTMLParser):
    """Collects the tags and attributes an HTML fragment really has (not text that looks so)."""

    def __init__(self, html: str):
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


def _assert_inert(html: str) -> None:
    elements = _Elements(html)
    assert not {"script", "style", "iframe", "object", "link", "form"} & set(elements.tags)
    assert not [name for name, _ in elements.attributes if name.startswith("on") or name == "style"]
    assert not [v for name, v in elements.attributes if name in ("href", "src")
                and v.strip().lower().startswith(("javascript:", "data:", "file:"))]


def _visible_text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", "", html)).split())


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80))
def test_escaped_text_renders_literally(text: str) -> None:
    """Whatever characters a quote holds, Markdown shows exactly them, as text (bidirectional
    controls written out visibly, so they cannot reorder what a reader sees)."""
    html = markdown_to_html("> " + escape_markdown(text))
    assert _visible_text(html) == " ".join(reveal_bidi(text).split())


def test_a_bidirectional_control_in_a_quote_is_shown_not_obeyed() -> None:
    """The case the property test found: an Arabic letter mark on its own."""
    html = markdown_to_html("> " + escape_markdown("\u061c"))
    assert _visible_text(html) == "[U+061C]"


HOSTILE = [
    "<script>alert(1)</script>",
    "{{ 7 * 7 }} {% if true %}yes{% endif %}",
    "[click](javascript:alert(1)) ![x](file:///etc/passwd)",
    "**bold** _it_ `code` # heading | pipe [^fn]",
    '<img src="x" onerror="alert(1)">',
]


@pytest.fixture
def minimal_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "briefings"
    shutil.copytree(CASES / "valid", folder)
    return folder / "minimal.yaml"


@pytest.mark.parametrize("hostile", HOSTILE)
def test_quote_with_markup_is_shown_literally(hostile: str, minimal_copy: Path) -> None:
    (minimal_copy.parent / "article.txt").write_text(f'Person A said: "{hostile}"\n')
    text = minimal_copy.read_text().replace("text: We will never accept this measure",
                                            f"text: '{hostile}'")
    minimal_copy.write_text(text)
    (loaded,), _ = validate_paths([minimal_copy])
    html = markdown_to_html(render_markdown(loaded.briefing, markdown_environment()))
    straight = str.maketrans("“”‘’", "\"\"''")  # the quote's own quotes are typeset
    assert f'"{hostile}"' in _visible_text(html).translate(straight)
    _assert_inert(html)
    assert "49" not in _visible_text(html)  # template syntax was not evaluated


def test_prose_markdown_is_sanitised(minimal_copy: Path) -> None:
    text = minimal_copy.read_text().replace(
        "background: Some background.",
        "background: 'Some *emphasis* <script>x()</script> [bad](javascript:x) [good](https://example.org)'",
    )
    minimal_copy.write_text(text)
    (loaded,), _ = validate_paths([minimal_copy])
    html = markdown_to_html(render_markdown(loaded.briefing, markdown_environment()))
    assert "<em>emphasis</em>" in html
    _assert_inert(html)
    assert '<a href="https://example.org">good</a>' in html


def test_workspace_template_overrides_and_extends_the_default(minimal_copy: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(
        '{% extends "default:briefing.md.j2" %}\n'
        "{% block bluf %}\n**Our house BLUF:** {{ briefing.bluf }}\n\n{% endblock %}\n"
    )
    report = build([minimal_copy], Workspace.at(tmp_path), formats=["md"])
    assert report.ok, report.failed
    markdown = (tmp_path / "output" / "minimal.md").read_text()
    assert "**Our house BLUF:** Party A opposes the measure." in markdown
    assert "Bottom line up front" not in markdown
    assert "## Parties and positions" in markdown  # the rest still comes from the default


def test_template_error_names_file_and_line(minimal_copy: Path, tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text("# {{ briefing.title }}\n\n{{ briefing.no_such_field }}\n")
    report = build([minimal_copy], Workspace.at(tmp_path), formats=["md"])
    reason = report.failed[str(minimal_copy)]
    assert re.search(r"templates/briefing\.md\.j2:3: UndefinedError: .*no_such_field", reason), reason
    assert not (tmp_path / "output" / "minimal.md").exists()


def test_template_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text("ok\n{% if %}\n")
    (loaded,), _ = validate_paths([CASES / "valid" / "minimal.yaml"])
    with pytest.raises(TemplateProblem, match=r"briefing\.md\.j2:2: template syntax error"):
        render_markdown(loaded.briefing, markdown_environment([templates]))
