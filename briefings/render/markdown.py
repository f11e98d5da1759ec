"""Briefing → Markdown (the ``.md`` output) → sanitised HTML fragment.

The Markdown is the ``.md`` output and the single source of the HTML, so the two can never say
different things. Everything here is pure: writing files is the build's job
(:mod:`briefings.build`), and turning HTML into PDF is :mod:`briefings.render.pdf`'s.
"""

from __future__ import annotations

from collections.abc import Sequence

import jinja2
import markdown as markdown_lib
import nh3

from briefings.render.templates import MARKDOWN_TEMPLATE, template_errors
from briefings.render.views import BriefingView
from briefings.schema.briefing import Briefing

MARKDOWN_EXTENSIONS = ["tables", "footnotes", "attr_list", "md_in_html", "sane_lists", "toc"]

_ALLOWED_TAGS = {
    "a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "col", "colgroup", "dd",
    "del", "div", "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "li", "ol", "p", "pre", "q", "s", "section", "small", "span", "strong",
    "sub", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul",
}
_ALLOWED_ATTRIBUTES = {
    "*": {"class", "id", "title", "lang"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
}
_ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}


def render_markdown(briefing: Briefing, env: jinja2.Environment, *,
                    changes: Sequence[str] = (), changes_since: str | None = None) -> str:
    """Render the briefing through the Markdown template.

    ``changes`` lists what changed since the edition of ``changes_since`` (see
    :mod:`briefings.changes`); the template shows them in a section of their own.
    """
    with template_errors():
        template = env.get_template(MARKDOWN_TEMPLATE)
        text = template.render(view=BriefingView(briefing), briefing=briefing,
                               changes=list(changes), changes_since=changes_since)
    return text.rstrip() + "\n"


def markdown_to_html(text: str) -> str:
    """Convert Markdown to an HTML fragment and sanitise it (no scripts, styles or odd URLs)."""
    converter = markdown_lib.Markdown(extensions=MARKDOWN_EXTENSIONS, output_format="html")
    html = converter.convert(text)
    return nh3.clean(
        html,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=_ALLOWED_URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )
