"""The HTML page: the page template rendered from the briefing's view (structure autoescaped,
prose sanitised, figures as ``data:`` images) and, for a long brief, a table of contents
built from the section headings the template wrote."""

from __future__ import annotations

import re
from collections.abc import Sequence
from html import unescape

import jinja2

from briefings.render.templates import HTML_TEMPLATE, template_errors
from briefings.render.typography import typeset_briefing
from briefings.render.views import BriefingView
from briefings.schema.briefing import Briefing

_SECTION = re.compile(r'<h2 id="([^"]+)">(.*?)</h2>', re.DOTALL)


def render_page(briefing: Briefing, env: jinja2.Environment, *, toc: bool = False,
                changes: Sequence[str] = (), changes_since: str | None = None) -> str:
    """The page; with ``toc``, with a table of contents of its sections after the title block."""
    page, with_contents = render_pages(briefing, env, toc=toc, changes=changes,
                                       changes_since=changes_since)
    return with_contents if with_contents is not None else page


def render_pages(briefing: Briefing, env: jinja2.Environment, *, toc: bool = True,
                 changes: Sequence[str] = (), changes_since: str | None = None) -> tuple[str, str | None]:
    """The page, and with ``toc`` the page with a table of contents too (else None).

    Both come from one view of the briefing: the contents are found in the page without them,
    so the page a PDF needs both of costs two renders of the template, not three."""
    briefing = typeset_briefing(briefing)
    view = BriefingView(briefing)
    context = {"view": view, "briefing": briefing, "changes": list(changes),
               "changes_since": changes_since, "contents": []}
    with template_errors():
        template = env.get_template(HTML_TEMPLATE)
        page = template.render(context)
        if not toc:
            return page, None
        # the sections are the <h2>s the template wrote (prose cannot add one with an id)
        body = page.split("<body>", 1)[-1]
        context["contents"] = [(anchor, unescape(re.sub(r"<[^>]+>", "", title)))
                               for anchor, title in _SECTION.findall(body)]
        return page, template.render(context)
