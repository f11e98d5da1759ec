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

Markdown is parsed only within a budget of punctuation (MAX_MARKUP a field, MAX_BRIEFING_MARKUP
a briefing); past it, prose is shown as plain paragraphs. That bounds the parser's work, so
any briefing within the size limits renders in well under five seconds.

Both first make bidirectional-text controls visible (``[U+202E]``): they could make a line
read differently on the page than in the YAML.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

import nh3
from markdown_it import MarkdownIt

from briefings.render.links import allowed_link
from briefings.schema.types import BIDI_CONTROLS

#: Brackets nested deeper than this are text, not links: real links do not nest.
MAX_BRACKET_DEPTH = 2
#: A field with more Markdown punctuation than this is shown as plain text: no prose needs
#: as much, and each such character costs the parser a pass through its inline rules.
MAX_MARKUP = 2_000
#: The same for all prose fields of a briefing together: past it, all its prose is plain text.
MAX_BRIEFING_MARKUP = 10_000
#: The characters that stop markdown-it's plain-text scan (its inline "terminators").
_TERMINATORS = "\n!#$%&*+-:<=>@[\\]^_`{}~"
_PUNCTUATION = re.compile(r"([!#$%&*+\-:<=>@\[\\\]^_`{}~|()\"'.])")

_PROSE_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "cite", "code", "del", "em", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "li", "ol", "p", "pre", "q", "s", "small", "strong", "sub", "sup", "u", "ul",
}
_TABLE_TAGS = {"table", "thead", "tbody", "tr", "th", "td"}
_PROSE_ATTRIBUTES = {"*": {"title", "lang"}, "a": {"href"}, "img": {"src", "alt"}}
_URL_SCHEMES = {"http", "https", "mailto"}


def reveal_bidi(text: str) -> str:
    """Bidirectional controls written out visibly: ``U+202E`` → ``[U+202E]``."""
    return BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def markup_count(text: str) -> int:
    """How many characters of ``text`` the Markdown parser must look at twice."""
    return sum(text.count(char) for char in _TERMINATORS)


def neutralise(text: str) -> str:
    """Backslash-escape the brackets that cannot form a link: unpaired, or nested deeper
    than MAX_BRACKET_DEPTH. Brackets are what makes Markdown parsers slow (Python-Markdown
    took minutes on 20,000 '['). One pass over the brackets."""
    escaped = _unlinkable_brackets(text)
    if not escaped:
        return text
    pieces, last = [], 0
    for position in sorted(escaped):
        pieces += [text[last:position], "\\"]
        last = position
    pieces.append(text[last:])
    return "".join(pieces)


def _unlinkable_brackets(text: str) -> list[int]:
    escaped: list[int] = []
    open_brackets: list[int] = []
    too_deep = 0
    for found in re.finditer(r"\\.|[\[\]]", text, re.DOTALL):
        char, index = found.group(), found.start()
        if char == "[":
            if len(open_brackets) >= MAX_BRACKET_DEPTH:
                too_deep += 1
                escaped.append(index)
            else:
                open_brackets.append(index)
        elif char == "]":
            if too_deep:
                too_deep -= 1
                escaped.append(index)
            elif open_brackets:
                open_brackets.pop()
            else:
                escaped.append(index)
    return escaped + open_brackets


def _plain_paragraphs(text: str) -> list[str]:
    return [" ".join(paragraph.split()) for paragraph in re.split(r"\n\s*\n", text) if paragraph.strip()]


_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")
_BRACE = re.compile(r"(?<!\\)\{")


def prose_markdown(text: str, *, plain: bool = False) -> str:
    """Prose for the portable ``.md``: the analyst's Markdown, with raw HTML shown as text
    (``<script>`` cannot reach a reader of the file) and no attribute lists."""
    text = reveal_bidi(text)
    if plain or markup_count(text) > MAX_MARKUP:
        return "\n\n".join(_PUNCTUATION.sub(r"\\\1", p) for p in _plain_paragraphs(text))
    text = neutralise(text)
    text = _TAG_START.sub("&lt;", text)
    return _BRACE.sub(r"\\{", text)


@lru_cache(maxsize=2)
def _parser(tables: bool) -> MarkdownIt:
    parser = MarkdownIt("commonmark", {"html": True, "linkify": False, "typographer": False})
    return parser.enable("table") if tables else parser


def _keep_attribute(tag: str, attribute: str, value: str) -> str | None:
    """Links go to the web, to an e-mail address or to an anchor; never to a file."""
    if tag == "a" and attribute == "href":
        return value if allowed_link(value) else None
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


def prose_html(text: str, *, plain: bool = False) -> str:
    """Prose for the HTML page and the PDF: CommonMark → sanitised HTML (or, past
    MAX_MARKUP, the text as plain paragraphs)."""
    text = reveal_bidi(text)
    if plain or markup_count(text) > MAX_MARKUP:
        return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in _plain_paragraphs(text))
    return markdown_html(neutralise(text))
