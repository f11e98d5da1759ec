"""The render stage, without I/O: briefing → Markdown → sanitised HTML page.

The Markdown is the ``.md`` output and the single source of the HTML, so the two can never say
different things. Everything here is pure; writing files is :mod:`briefings.build`'s job and
turning HTML into PDF is :mod:`briefings.pdf`'s.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from html import unescape

import jinja2
import markdown as markdown_lib
import nh3
from markupsafe import Markup

from . import __version__
from .model import Briefing, Consequence, Party, Quote
from .templates import CONTENTS_TEMPLATE, HTML_TEMPLATE, MARKDOWN_TEMPLATE, template_errors
from .visuals import Figure, consequence_matrix, stance_map, timeline

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


@dataclass(frozen=True)
class QuoteView:
    """A quote as the templates show it: the words, who said them, where they were reported."""

    quote: Quote
    speaker_name: str
    speaker_role: str | None


@dataclass(frozen=True)
class ConsequenceView:
    """One row of the consequences table, numbered as in the consequence matrix."""

    number: int
    party: Party
    consequence: Consequence
    affected: list[str]


@dataclass(frozen=True)
class BriefingView:
    """What the templates see: the validated briefing plus lookups they should not compute."""

    briefing: Briefing
    generator: str = f"briefings {__version__}"

    def quotes(self, party: Party) -> list[QuoteView]:
        people = {person.id: person for person in party.people}
        views = []
        for quote in party.quotes:
            person = people.get(quote.speaker)
            views.append(
                QuoteView(
                    quote=quote,
                    speaker_name=person.name if person else party.name,
                    speaker_role=person.role if person else None,
                )
            )
        return views

    @cached_property
    def consequences(self) -> list[ConsequenceView]:
        """Every consequence, most likely and most severe first (stable within ties)."""
        names = {party.id: party.short_name for party in self.briefing.parties}
        pairs = [(party, consequence) for party in self.briefing.parties
                 for consequence in party.consequences]
        pairs.sort(key=lambda pair: (-pair[1].likelihood.rank, -pair[1].impact.rank))
        return [
            ConsequenceView(number, party, consequence,
                            [names[i] for i in consequence.affects if i in names])
            for number, (party, consequence) in enumerate(pairs, start=1)
        ]

    @cached_property
    def figures(self) -> dict[str, Figure]:
        """The figures this briefing shows (those turned on and with data to draw)."""
        b, wanted = self.briefing, self.briefing.visuals
        drawn = [
            consequence_matrix([(r.number, r.party.short_name, r.consequence.description,
                                 r.consequence.likelihood, r.consequence.impact)
                                for r in self.consequences]) if wanted.consequence_matrix else None,
            stance_map(b) if wanted.stance_map else None,
            timeline(b) if wanted.timeline else None,
        ]
        return {figure.id: figure for figure in drawn if figure is not None}

    @property
    def cited_source_ids(self) -> set[str]:
        b = self.briefing
        return (
            {q.source for p in b.parties for q in p.quotes}
            | {c.source for p in b.parties for c in p.consequences}
            | {e.source for e in b.timeline if e.source}
        )


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
