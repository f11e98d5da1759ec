"""Issue 10, items 7–10, 12 and 13: untrusted text cannot change the layout, templates cannot
reach the machine, the HTML edition makes no request, PDF links stay on the web, and no input
within the size limits makes validation or rendering take long.

Each test builds a small workspace in tmp_path (or a copy of the seed), applies one hostile
change and checks the outcome the way a reader's software sees it: the PDF's text and link
annotations with pypdf, the HTML with an HTML parser.
"""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import CASES

from briefings.building.run import Workspace, build
from briefings.errors import ValidationFailed
from briefings.validation.provenance import SourceText
from briefings.validation.run import validate_paths

# --------------------------------------------------------------------------- 12: provenance


@pytest.mark.timeout(60)  # a guard against a hang (it backtracked for minutes), not a speed test
def test_quote_with_many_elisions_is_checked_quickly(seed_copy: Path) -> None:
    """Seven elided pieces of a common word used to backtrack for minutes (×10 per piece)."""
    text = seed_copy.read_text(encoding="utf-8")
    quote = "a valued ally and an important regional security partner"
    hostile = "the … the … the … the … the … the … the … the … qqq"
    seed_copy.write_text(text.replace(f"text: {quote}\n", f"text: {hostile}\n"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as failure:
        validate_paths([seed_copy])
    assert any("quote not found in source 'seed-article'" in str(i) for i in failure.value.issues)


def test_elided_pieces_are_matched_in_order_within_their_spans() -> None:
    """The matcher is complete: a later occurrence of a piece is tried when the first one
    leaves the next piece out of reach, and order and spans are kept."""
    near, far = "x " * 100, "y " * 150  # 200 and 300 characters; an elision skips up to 400
    source = SourceText(f"alpha beta {near} beta {far} gamma delta")
    assert source.find("alpha … beta … gamma") is not None  # only the second 'beta' reaches 'gamma'
    assert source.find("alpha … gamma") is None  # too far for one elision
    assert source.find("gamma … beta") is None  # out of order
    assert source.find("Alpha beta") is not None  # a capital changed by the analyst
    assert source.find("[A]lpha beta") is not None


# --------------------------------------------------------------------------- 8: templates


SECRET = "TOP-SECRET-a41c"


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    """A workspace with the minimal briefing, a templates/ folder and a secret outside it."""
    shutil.copytree(CASES / "valid", tmp_path / "ws" / "briefings")
    (tmp_path / "ws" / "templates").mkdir()
    (tmp_path / "secret.txt").write_text(SECRET)
    return tmp_path / "ws"


def _build(ws: Path, formats: tuple[str, ...] = ("md",)):
    return build([ws / "briefings" / "minimal.yaml"], Workspace.at(ws), formats=list(formats))


def _outputs(ws: Path) -> str:
    folder = ws / "output"
    files = [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []
    return "".join(p.read_bytes().decode("utf-8", "replace") for p in files)


@pytest.mark.parametrize("name", ["briefing.md.j2", "page.html.j2"])
def test_template_cannot_run_commands(name: str, ws: Path) -> None:
    marker = ws.parent / "ran"
    (ws / "templates" / name).write_text(
        "{{ cycler.__init__.__globals__.os.popen('touch %s').read() }}\n" % marker)
    report = _build(ws, ("md", "html"))
    reason = report.failed[str(ws / "briefings" / "minimal.yaml")]
    assert "refused by the template sandbox" in reason and name in reason, reason
    assert not marker.exists()


@pytest.mark.parametrize("link", ["evil.j2", "sub/etc/hostname"])
def test_template_include_cannot_follow_a_symlink_out(link: str, ws: Path) -> None:
    templates = ws / "templates"
    (templates / "evil.j2").symlink_to(ws.parent / "secret.txt")
    (templates / "sub").symlink_to("/")
    (templates / "briefing.md.j2").write_text('{%% include "%s" %%}\n# {{ briefing.title }}\n' % link)
    report = _build(ws)
    reason = report.failed[str(ws / "briefings" / "minimal.yaml")]
    assert f"refusing the template '{link}'" in reason, reason
    assert SECRET not in reason and SECRET not in _outputs(ws)


def test_template_include_inside_the_folder_still_works(ws: Path) -> None:
    (ws / "templates" / "part.j2").write_text("Our house note.\n")
    (ws / "templates" / "briefing.md.j2").write_text('{% include "part.j2" %}# {{ briefing.title }}\n')
    report = _build(ws)
    assert report.ok, report.failed
    assert (ws / "output" / "minimal.md").read_text() == "Our house note.\n# A minimal briefing\n"


class _Elements(HTMLParser):
    """Every element of an HTML document: tag, attributes, and the text directly inside."""

    def __init__(self, html: str):
        super().__init__()
        self.elements: list[tuple[str, dict[str, str]]] = []
        self.texts: dict[int, str] = {}
        self._open: list[int] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, {k: v or "" for k, v in attrs}))
        if tag not in ("img", "br", "hr", "meta"):
            self._open.append(len(self.elements) - 1)

    def handle_endtag(self, tag: str) -> None:
        if self._open:
            self._open.pop()

    def handle_data(self, data: str) -> None:
        for index in self._open:
            self.texts[index] = self.texts.get(index, "") + data

    def with_class(self, name: str) -> list[str]:
        return [" ".join(self.texts.get(i, "").split()) for i, (_, attrs) in enumerate(self.elements)
                if name in attrs.get("class", "").split()]


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(path).pages]


# --------------------------------------------------------------------------- 7: the marking


FAKE = "UNCLASSIFIED // FOR PUBLIC RELEASE"


def test_prose_cannot_change_the_marking_or_hide_text(seed_copy: Path, tmp_path: Path) -> None:
    """A background carrying an attribute list used to replace the marking on pages 2–5."""
    text = seed_copy.read_text(encoding="utf-8")
    text = text.replace(f"marking: {FAKE}\n", "marking: SECRET // NOFORN\n")
    text = text.replace("background: >-\n", "background: |-\n"
                        f"  {FAKE}\n  {{: .marking }}\n\n  Hidden words here\n  {{: .figure-alt }}\n\n"
                        '  <p class="marking" id="x" style="display:none">Styled words</p>\n\n', 1)
    seed_copy.write_text(text, encoding="utf-8")
    report = build([seed_copy], Workspace.at(tmp_path), formats=["md", "pdf", "html"])
    assert report.ok, report.failed
    html = (tmp_path / "output" / "us-turkey-caatsa-sanctions.html").read_text(encoding="utf-8")
    page = _Elements(html)
    assert page.with_class("marking") == ["SECRET // NOFORN"]
    assert page.with_class("figure-alt") == []
    background = html.split('<h2 id="background">', 1)[1].split("<h2", 1)[0]
    assert "class=" not in background and "style=" not in background and " id=" not in background
    pages = _pdf_pages(tmp_path / "output" / "us-turkey-caatsa-sanctions.pdf")
    assert len(pages) >= 4
    for number, page_text in enumerate(pages, start=1):
        assert page_text.count("SECRET // NOFORN") >= 2, f"page {number}"
    everything = " ".join(" ".join(pages).split())
    assert everything.count(FAKE) == 1  # once, as the text of the background
    assert "Hidden words here" in everything and "Styled words" in everything


def _minimal(ws: Path, old: str, new: str) -> Path:
    briefing = ws / "briefings" / "minimal.yaml"
    text = briefing.read_text(encoding="utf-8")
    assert old in text, old
    briefing.write_text(text.replace(old, new, 1), encoding="utf-8")
    return briefing


@pytest.mark.parametrize(("old", "new", "where"), [
    ("marking: UNCLASSIFIED", 'marking: "UNCLASSIFIED \\u202eTERCES POT"', "marking"),
    ("marking: UNCLASSIFIED", 'marking: "\\u2067SECRET\\u2069"', "marking"),
    ("id: party-a", 'id: "party-\\u202ea"', "parties[0].id"),
    ("id: person-a", 'id: "person\\u200fa"', "parties[0].people[0].id"),
])
def test_bidi_controls_are_refused_in_markings_and_ids(old: str, new: str, where: str, ws: Path) -> None:
    briefing = _minimal(ws, old, new)
    with pytest.raises(ValidationFailed) as failure:
        validate_paths([briefing])
    messages = [str(issue) for issue in failure.value.issues]
    assert any(str(briefing) in m and where in m for m in messages), messages
    if where == "marking":
        assert any("bidirectional control U+" in m for m in messages), messages


def test_bidi_controls_elsewhere_are_shown_visibly(ws: Path) -> None:
    _minimal(ws, "title: A minimal briefing", 'title: "A minimal \\u202ebriefing"')
    _minimal(ws, "background: Some background.", 'background: "Some \\u2066back\\u2069ground."')
    report = _build(ws, ("md", "pdf", "html"))
    assert report.ok, report.failed
    for name in ("minimal.md", "minimal.html"):
        text = (ws / "output" / name).read_text(encoding="utf-8")
        assert "\u202e" not in text and "\u2066" not in text, name
        assert "[U+202E]" in text.replace("\\[", "[").replace("\\]", "]"), name
        assert "[U+2066]back[U+2069]" in text.replace("\\[", "[").replace("\\]", "]"), name
    pdf_text = " ".join(_pdf_pages(ws / "output" / "minimal.pdf"))
    assert "\u202e" not in pdf_text and "[U+202E]" in pdf_text


def test_raw_html_in_prose_is_text_in_the_markdown(ws: Path) -> None:
    from markdown_it import MarkdownIt

    _minimal(ws, "background: Some background.",
             "background: 'Before <script>alert(1)</script> <img src=x onerror=\"alert(2)\"> after'")
    assert _build(ws, ("md",)).ok
    markdown = (ws / "output" / "minimal.md").read_text(encoding="utf-8")
    assert "<script" not in markdown and "<img" not in markdown
    tokens = MarkdownIt("commonmark", {"html": True}).parse(markdown)
    inline = [child for token in tokens for child in (token.children or [])]
    assert not [t for t in tokens + inline if t.type in ("html_block", "html_inline")]
    rendered = MarkdownIt("commonmark", {"html": True}).render(markdown)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered  # shown, as text


# --------------------------------------------------------------------------- 9: no requests


class _Requests(HTMLParser):
    """What a browser fetches on its own when it opens a page (links a reader follows aside)."""

    def __init__(self, html: str):
        super().__init__()
        self.urls: list[str] = []
        self._style = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._style = tag == "style"
        for name, value in attrs:
            value = value or ""
            if name in ("src", "srcset", "data", "poster", "background") or (name == "href" and tag not in ("a", "area")):
                self.urls.append(value)
            if name == "style" and "url(" in value:
                self.urls.append(value)

    def handle_data(self, data: str) -> None:
        if self._style and ("url(" in data.replace("url(data:", "") or "@import" in data):
            self.urls.append(data)

    def handle_endtag(self, tag: str) -> None:
        self._style = False


def _fetched(html: str) -> list[str]:
    return [url for url in _Requests(html).urls if not url.startswith("data:")]


HTML_REQUESTS = [
    ("image in prose", "prose", "![c](https://{host}/pixel.png)"),
    ("raw img in prose", "prose", '<img src="https://{host}/pixel.png"> ok'),
    ("relative image in prose", "prose", "![c](assets/pixel.png)"),
    ("stylesheet in a template", "template",
     '<link rel="stylesheet" href="https://{host}/x.css">'),
    ("script in a template", "template", '<script src="https://{host}/x.js"></script>'),
    ("CSS url() in a template", "template", '<div style="background: url(https://{host}/x.png)"></div>'),
    ("CSS @import in a template", "template", '<style>@import "https://{host}/x.css";</style>'),
]


@pytest.mark.parametrize(("scenario", "kind", "markup"), HTML_REQUESTS, ids=[r[0] for r in HTML_REQUESTS])
def test_html_edition_makes_no_request(scenario: str, kind: str, markup: str, ws: Path) -> None:
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    host = f"127.0.0.1:{server.getsockname()[1]}"
    markup = markup.format(host=host)
    (ws / "assets").mkdir()
    (ws / "assets" / "pixel.png").write_bytes(b"\x89PNG")
    if kind == "prose":
        _minimal(ws, "background: Some background.", "background: '" + markup.replace("'", "''") + "'")
    else:
        (ws / "templates" / "page.html.j2").write_text(
            '{% extends "default:page.html.j2" %}{% block body %}' + markup + "{{ super() }}{% endblock %}")
    report = _build(ws, ("md", "html"))
    server.settimeout(0.2)
    with pytest.raises(OSError):
        server.accept()  # nothing connected
    server.close()
    reason = report.failed[str(ws / "briefings" / "minimal.yaml")]
    assert "the HTML edition must make no request" in reason, reason
    assert "refused: " in reason and ("pixel.png" in reason or host in reason), reason
    assert not (ws / "output" / "minimal.html").exists()


def test_html_edition_with_links_in_prose_is_built_and_fetches_nothing(ws: Path) -> None:
    _minimal(ws, "background: Some background.",
             "background: 'See [the report](https://example.org/r) and [us](mailto:desk@example.org).'")
    report = _build(ws, ("html",))
    assert report.ok, report.failed
    html = (ws / "output" / "minimal.html").read_text(encoding="utf-8")
    assert _fetched(html) == []
    assert '<a href="https://example.org/r">the report</a>' in html


# --------------------------------------------------------------------------- 10: PDF links


def _pdf_links(path: Path) -> list[str]:
    from pypdf import PdfReader

    links = []
    for page in PdfReader(path).pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                links.append(str(action["/URI"]))
    return links


def test_links_in_the_pdf_stay_on_the_web(ws: Path) -> None:
    links = ("[a](../../../etc/passwd) [u](//host/share) [q](?x=1) [f](file:///etc/passwd) "
             "[r](assets/x.pdf) [ok](https://example.org/ok) [m](mailto:desk@example.org) "
             "[in](#sources) [h](http://example.org/h)")
    _minimal(ws, "background: Some background.", f"background: '{links}'")
    report = _build(ws, ("pdf", "html"))
    assert report.ok, report.failed
    uris = _pdf_links(ws / "output" / "minimal.pdf")
    assert sorted(uris) == ["http://example.org/h", "https://example.org/ok", "mailto:desk@example.org"]
    html = (ws / "output" / "minimal.html").read_text(encoding="utf-8")
    hrefs = [attrs["href"] for tag, attrs in _Elements(html).elements if tag == "a" and "href" in attrs]
    assert "#sources" in hrefs
    assert all(h.startswith(("#", "https://", "http://", "mailto:")) for h in hrefs), hrefs
    for text in ("a", "u", "q", "r"):  # the words stay, without the link
        assert f"<a>{text}</a>" in html
    assert "[f](file:///etc/passwd)" in html  # not a link at all, to CommonMark


# --------------------------------------------------------------------------- 13: time


def _render_text(briefing_path: Path) -> None:
    from briefings.render.markdown import render_markdown
    from briefings.render.page import render_page
    from briefings.render.templates import html_environment, markdown_environment

    (loaded,), _ = validate_paths([briefing_path])
    render_markdown(loaded.briefing, markdown_environment())
    render_page(loaded.briefing, html_environment())
    render_page(loaded.briefing, html_environment(), toc=True)


PATHOLOGICAL = {
    "20,000 [": "[" * 20_000 + "x",
    "90,000 [": "[" * 90_000 + "x",
    "balanced nesting": "[" * 45_000 + "x" + "]" * 45_000,
    "image openers": "![" * 45_000,
    "link openers": "[](" * 30_000,
    "emphasis": "*_" * 45_000,
    "tag openers": "<a " * 30_000,
    "entity openers": "&#" * 45_000,
    "one-letter lines": "a\n" * 40_000,
    "block quotes": "> " * 45_000 + "x",
}


@pytest.mark.timeout(60)  # a guard against a hang (quadratic parsing took minutes), not a speed test
@pytest.mark.parametrize("prose", PATHOLOGICAL.values(), ids=PATHOLOGICAL.keys())
def test_pathological_prose_renders_in_bounded_time(prose: str, ws: Path) -> None:
    """Two prose fields of ~90,000 characters each: near the 262,144-byte file limit."""
    import json

    briefing = _minimal(ws, "background: Some background.", f"background: {json.dumps(prose)}")
    _minimal(ws, "outlook: Some outlook.", f"outlook: {json.dumps(prose)}")
    _render_text(briefing)


@pytest.mark.timeout(60)  # a guard against a hang, not a speed test
def test_many_prose_fields_just_under_the_field_budget_render_in_bounded_time(ws: Path) -> None:
    """A hundred parties, each summary with 1,999 emphasis marks: the briefing's budget holds."""
    import json

    briefing = ws / "briefings" / "minimal.yaml"
    text = briefing.read_text(encoding="utf-8")
    party = text[text.index("  - id: party-a"):]
    summary = json.dumps("*_" * 999 + "*")
    parties = "".join(party.replace("party-a", f"party-{i}").replace("Party A", f"Party {i}")
                      .replace("person-a", f"person-{i}")
                      .replace("summary: Party A opposes the measure.", f"summary: {summary}")
                      .replace(f"summary: Party {i} opposes the measure.", f"summary: {summary}")
                      for i in range(100))
    briefing.write_text(text[:text.index("  - id: party-a")] + parties, encoding="utf-8")
    assert len(briefing.read_bytes()) < 262_144
    _render_text(briefing)


@pytest.mark.timeout(120)  # a guard against a hang, not a speed test
def test_twenty_thousand_brackets_build_quickly_and_read_as_text(ws: Path) -> None:
    _minimal(ws, "background: Some background.", "background: '" + "[" * 20_000 + "x'")
    report = _build(ws, ("md", "html"))
    assert report.ok, report.failed
    html = (ws / "output" / "minimal.html").read_text(encoding="utf-8")
    assert "[" * 20_000 + "x" in html
