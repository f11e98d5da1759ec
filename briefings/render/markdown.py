"""Briefing → portable Markdown (the ``.md`` output), and Markdown → sanitised HTML.

The ``.md`` is GitHub-flavoured Markdown that reads the same in GitHub, GitLab, pandoc and
markdown-it: no attribute lists, no HTML placeholders, tables as GFM tables and each figure
an SVG file beside it, in a folder named after the briefing (:func:`markdown_figures`), shown
with its text alternative. It is no longer the source of the HTML page: the page
template renders the same view of the briefing directly (:mod:`briefings.render.page`), so
the two editions still say the same things but the page's structure never depends on how
Markdown in a user's text is parsed. Everything here is pure: writing files is the build's
job (:mod:`briefings.building`).
"""

from __future__ import annotations

from collections.abc import Sequence

import jinja2

from briefings.render.prose import markdown_html
from briefings.render.templates import MARKDOWN_TEMPLATE, template_errors
from briefings.render.typography import typeset_briefing
from briefings.render.views import BriefingView
from briefings.schema.briefing import Briefing


def render_markdown(briefing: Briefing, env: jinja2.Environment, *,
                    changes: Sequence[str] = (), changes_since: str | None = None) -> str:
    """Render the briefing through the Markdown template.

    ``changes`` lists what changed since the edition of ``changes_since`` (see
    :mod:`briefings.building.changes`); the template shows them in a section of their own.
    """
    briefing = typeset_briefing(briefing)
    with template_errors():
        template = env.get_template(MARKDOWN_TEMPLATE)
        text = template.render(view=BriefingView(briefing), briefing=briefing,
                               changes=list(changes), changes_since=changes_since)
    return text.rstrip() + "\n"


def markdown_figures(briefing: Briefing) -> dict[str, bytes]:
    """The figure files the ``.md`` links to, by their path relative to it (see
    :meth:`BriefingView.figure_file`)."""
    view = BriefingView(typeset_briefing(briefing))
    return {view.figure_file(figure): figure.svg.encode("utf-8") for figure in view.figures.values()}


def markdown_to_html(text: str) -> str:
    """CommonMark (with GFM tables) → HTML sanitised as prose is: no scripts, styles, odd
    URLs, classes or ids. For reading a rendered ``.md`` back, as tests and previews do."""
    return markdown_html(text, tables=True)
