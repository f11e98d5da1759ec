"""The HTML page: the sanitised body in the page template, figures in their slots and, for a
long brief, a table of contents built from the section headings."""

from __future__ import annotations

import re
from html import unescape

import jinja2
from markupsafe import Markup

from briefings.render.templates import CONTENTS_TEMPLATE, HTML_TEMPLATE, template_errors
from briefings.render.views import BriefingView
from briefings.schema.briefing import Briefing


def render_page(briefing: Briefing, body_html: str, env: jinja2.Environment, *,
                toc: bool = False) -> str:
    """Wrap the sanitised body in the HTML page template (metadata, print CSS), put the
    figures in their slots and, with ``toc``, a table of contents built from the headings."""
    view = BriefingView(briefing)
    for figure in view.figures.values():
        body_html = body_html.replace(f'<div class="figure-slot" id="slot-{figure.id}"></div>',
                                      figure.img_tag(), 1)
    contents = [(anchor, unescape(re.sub(r"<[^>]+>", "", text)))
                for anchor, text in re.findall(r'<h2 id="([^"]+)">(.*?)</h2>', body_html)] if toc else []
    with template_errors():
        if contents:  # after the title block, before the bottom line
            nav = env.get_template(CONTENTS_TEMPLATE).render(contents=contents)
            head, byline, rest = body_html.partition("</p>\n<p class=\"bluf\">")
            if byline:
                body_html = head + "</p>\n" + nav + '\n<p class="bluf">' + rest
            else:
                body_html = nav + body_html
        template = env.get_template(HTML_TEMPLATE)
        return template.render(view=view, briefing=briefing, body=Markup(body_html), contents=contents)
