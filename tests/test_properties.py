"""Property-based tests: whatever YAML or text arrives, no traceback and no escape.

Thousands of generated documents go through load → validate → render Markdown → HTML. The
only acceptable outcomes are a clean list of Issues or an inert rendering.
"""

from __future__ import annotations

import io
import shutil
from html.parser import HTMLParser
from pathlib import Path

from conftest import CASES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ruamel.yaml import YAML

from briefings.errors import ValidationFailed
from briefings.load.yaml import load_briefing_file
from briefings.render.markdown import markdown_to_html, render_markdown
from briefings.render.templates import markdown_environment
from briefings.validation.run import validate_paths

YAML_SNIPPETS = st.sampled_from([
    "id: x\n", "title: t\n", "- a\n", "a: &x 1\n", "b: *x\n", "!!python/object:os.system x\n",
    "{", "}", "[", "]", "? k\n", ": v\n", "'", '"', "\t", "  ", "\n", "#c\n", "---\n", "...\n",
    "parties:\n  - id: p\n", "as_of: 2021-02-30\n", "key: |\n  text\n", "%YAML 1.1\n", "<<: {}\n",
])


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(YAML_SNIPPETS, st.text(max_size=20)), max_size=12))
def test_any_yaml_gives_issues_not_tracebacks(tmp_path: Path, parts: list[str]) -> None:
    path = tmp_path / "fuzz.yaml"
    path.write_text("".join(parts), encoding="utf-8", errors="surrogatepass")
    loaded = load_briefing_file(path)
    assert loaded.briefing is not None or loaded.issues
    for issue in loaded.issues:
        assert str(issue).startswith(str(path))


class _Tags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.attributes: list[tuple[str, str]] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes += [(name, value or "") for name, value in attrs]


#: Text a field may hold: no control characters or surrogates (the model refuses them, so the
#: example would stop at validation), no line or paragraph separators (YAML reads them as line
#: breaks), and not only white space (stripped, it would be empty).
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
               max_size=60).filter(str.strip)
MARKUP = st.sampled_from(["<script>x()</script>", "{{ 7*7 }}", "{% raw %}", "[a](javascript:x)",
                          "![i](file:///etc/passwd)", "<img src=x onerror=y>", "<style>*{}</style>",
                          "**b**", "# h", "> q", "| t |", "[^fn]", "&amp;", "<!-- c -->", "\\"])
FIELD_TEXT = st.lists(st.one_of(TEXT, MARKUP), min_size=1, max_size=4).map(" ".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=FIELD_TEXT, quote=FIELD_TEXT, prose=FIELD_TEXT, name=FIELD_TEXT)
def test_any_field_text_renders_inert(tmp_path: Path, title: str, quote: str, prose: str, name: str) -> None:
    folder = tmp_path / "case"
    if folder.exists():
        shutil.rmtree(folder)
    shutil.copytree(CASES / "valid", folder)
    yaml = YAML(typ="safe", pure=True)
    yaml.default_flow_style = False  # in flow style the emitter writes '?0' so that it does not parse
    data = yaml.load((folder / "minimal.yaml").read_text())
    data["title"], data["background"] = title, prose
    data["parties"][0]["name"] = name
    # a quote of only editorial marks ("[0]", "...") has no words to look for in its source
    quote = f"we said {quote}"
    data["parties"][0]["quotes"][0]["text"] = quote
    stream = io.StringIO()
    yaml.dump(data, stream)
    (folder / "minimal.yaml").write_text(stream.getvalue(), encoding="utf-8")
    (folder / "article.txt").write_text(f"Person A said: {quote}\n", encoding="utf-8")
    # every example must reach the safety checks below: one the model refuses is a fault of
    # the strategy (or a regression in the model), not a pass
    try:
        (loaded,), _ = validate_paths([folder / "minimal.yaml"])
    except ValidationFailed as failure:
        raise AssertionError(f"the generated briefing did not validate:\n{failure}") from None
    html = markdown_to_html(render_markdown(loaded.briefing, markdown_environment()))
    found = _Tags(html)
    assert not {"script", "style", "iframe", "object", "embed", "form", "link"} & found.tags
    assert not [n for n, _ in found.attributes if n.startswith("on") or n == "style"]
    assert not [v for n, v in found.attributes if n in ("href", "src")
                and v.strip().lower().startswith(("javascript:", "data:", "file:"))]
    assert "49" not in html or "49" in title + quote + prose + name  # {{ 7*7 }} never evaluated
