"""Prose fields — background, outlook, a party's position summary — in the outputs.

Prose is Markdown the analyst writes, often pasted from elsewhere: untrusted text like any
other field, and the only text that is read as markup at all. This module is the one place it
becomes output:

* :func:`prose_markdown` for the portable ``.md``: raw HTML shows as text, braces cannot form
  an attribute list, and brackets that would slow a Markdown reader down are escaped;
* :func:`prose_html` for the HTML page (and so the PDF): CommonMark (markdown-it-py, which
  is linear in its input) → HTML sanitised by nh3 with no ``class``, ``id`` or ``style``, so
  prose can neither take the look of the handling marking nor hide text; links only to
  http(s), mailto and anchors in the document.

Both first make bidirectional-text controls visible (``[U+202E]``): they could make a line
read differently on the page than in the YAML.
"""

from __future__ import annotations

import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

#: Bidirectional formatting controls (Unicode's Bidi_Control property).
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
#: Brackets nested deeper than this are text, not links: real links do not nest.
MAX_BRACKET_DEPTH = 2
#: Markdown punctuation beyond this many characters in one field is text, not markup: no
#: prose needs more, and it is what makes a Markdown parser slow.
MAX_MARKUP = 2_000
_MARKUP_CHARS = frozenset("*_`[]<")

_PROSE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "li", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup", "u", "ul",
}
_TABLE_TAGS = {"table", "thead", "tbody", "tr", "th", "td"}
_PROSE_ATTRIBUTES = {"*": {"title", "lang"}, "a": {"href"}, "img": {"src", "alt"}}
_URL_SCHEMES = {"http", "https", "mailto"}
_WEB_LINK = re.compile(r"^(?:https?://[^/\s]|mailto:|#)", re.IGNORECASE)


def reveal_bidi(text: str) -> str:
    """Bidirectional controls written out visibly: ``U+202E`` → ``[U+202E]``."""
    return BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def neutralise(text: str) -> str:
    """Backslash-escape the brackets that cannot form a link (unpaired, or nested deeper than
    MAX_BRACKET_DEPTH) and Markdown punctuation beyond MAX_MARKUP characters. One pass."""
    escaped = _escaped_positions(text)
    if not escaped:
        return text
    return "".join("\\" + char if index in escaped else char for index, char in enumerate(text))


def _escaped_positions(text: str) -> set[int]:
    escaped: set[int] = set()
    open_brackets: list[int] = []
    too_deep = markup = 0
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\":  # already escaped: the next character is text
            index += 2
            continue
        if char in _MARKUP_CHARS:
            markup += 1
            if markup > MAX_MARKUP:
                escaped.add(index)
        if char == "[":
            if len(open_brackets) >= MAX_BRACKET_DEPTH:
                too_deep += 1
                escaped.add(index)
            else:
                open_brackets.append(index)
        elif char == "]":
            if too_deep:
                too_deep -= 1
                escaped.add(index)
            elif open_brackets:
                open_brackets.pop()
            else:
                escaped.add(index)
        index += 1
    escaped.update(open_brackets)
    return escaped


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_BRACE = re.compile(r"(?<!\\)\{")


def prose_markdown(text: str) -> str:
    """Prose for the portable ``.md``: the analyst's Markdown, with raw HTML shown as text
    (``<script>`` cannot reach a reader of the file) and no attribute lists."""
    text = neutralise(reveal_bidi(text))
    text = _TAG_START.sub("&lt;", text)
    return _BRACE.sub(r"\\{", text)


@lru_cache(maxsize=2)
def _parser(tables: bool) -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
    return parser.enable("table") if tables else parser


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Links go to the web, to an e-mail address or to an anchor; never to a file."""
    if tag == "a" and attribute == "href":
        return value if _WEB_LINK.match(value.strip()) else None
    return value


def sanitise(html: str, *, tables: bool = False) -> str:
    """HTML from prose with only text-level tags and no class, id or style."""
    tags = _PROSE_TAGS | _TABLE_TAGS if tables else _PROSE_TAGS
    return nh3.clean(html, tags=tags, attributes=_PROSE_ATTRIBUTES,
                     attribute_filter=_keep_attribute, url_schemes=_URL_SCHEMES,
                     link_rel=None, strip_comments=True)


def markdown_html(text: str, *, tables: bool = False) -> str:
    """CommonMark (optionally with GFM tables) → sanitised HTML."""
    return sanitise(_parser(tables).render(text), tables=tables)


def prose_html(text: str) -> str:
    """Prose for the HTML page and the PDF: CommonMark → sanitised HTML."""
    return markdown_html(neutralise(reveal_bidi(text)))
