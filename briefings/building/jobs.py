"""The work of rendering one briefing, in two steps:

1. :func:`render_text` — Markdown, and the HTML page with and without a table of contents;
2. :func:`briefings.building.layout.lay_out` — HTML → PDF with WeasyPrint (only for a PDF).

Where each step runs is a question of trust. Layout always runs in the process pool
(:mod:`briefings.building.pool`), with time and memory budgets. The text of a brief rendered
from the packaged templates is our own code on data whose size the loader bounds, so the build
renders it itself (:func:`packaged_templates_only`) and sends the pool just the page: the
worker then needs nothing but WeasyPrint, which it loaded as it started, while the build
validated. Templates of the workspace's own are untrusted code: then :func:`render_job`, both
steps in one worker task, renders the text inside the budgets too. The live preview runs
:func:`render_text` alone. Tasks take and return plain data, so they cross process boundaries
by pickling.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from briefings.building.layout import LaidOut, LayoutTask, lay_out
from briefings.building.workspace import Workspace
from briefings.constants import DEFAULT_PDF_VARIANT, DEFAULT_TOC_MIN_PAGES, OutputFormat, default_template_dir
from briefings.render.edition import html_edition, safe_page
from briefings.render.fontfaces import embed_fonts
from briefings.render.offline import refuse_requests
from briefings.schema.briefing import Briefing


@dataclass(frozen=True)
class PdfOptions:
    """How PDFs are made: the variant, and from how many pages on a table of contents."""

    variant: str = DEFAULT_PDF_VARIANT
    toc_min_pages: int = DEFAULT_TOC_MIN_PAGES


@dataclass(frozen=True)
class Job:
    """One briefing to render."""

    name: str
    briefing: Briefing
    changes: tuple[str, ...]
    changes_since: str | None
    formats: tuple[OutputFormat, ...]
    workspace: Workspace
    pdf: PdfOptions = field(default_factory=PdfOptions)
    attachments: tuple[tuple[str, bytes], ...] = ()


@dataclass(frozen=True)
class RenderedText:
    """The result of :func:`render_text`."""

    markdown: str | None  # None unless "md" was asked for
    html: str | None = None
    html_with_contents: str | None = None
    #: the figure files the Markdown links to, by their path relative to the output folder
    figures: tuple[tuple[str, bytes], ...] = ()


def render_text(job: Job) -> RenderedText:
    """Markdown, and the HTML page with and without a table of contents: each only when a
    requested format needs it (the page with contents is for the PDF alone). The packaged
    templates' environments are made once a process, a workspace's own for every brief (see
    :func:`briefings.render.templates.packaged_html_environment`)."""
    # start-up: the text renderer (Jinja, markdown-it) ~215 ms, +19 % on validate's imports
    from briefings.render import templates
    from briefings.render.markdown import markdown_figures, render_markdown
    from briefings.render.page import render_pages

    own, changes, since = list(job.workspace.template_dirs), job.changes, job.changes_since
    markdown_text: str | None = None
    figures: tuple[tuple[str, bytes], ...] = ()
    if "md" in job.formats:
        env = templates.markdown_environment(own) if own else templates.packaged_markdown_environment()
        markdown_text = render_markdown(job.briefing, env, changes=changes, changes_since=since)
        figures = tuple(markdown_figures(job.briefing).items())
    if "pdf" not in job.formats and "html" not in job.formats:
        return RenderedText(markdown_text, figures=figures)
    env = templates.html_environment(own) if own else templates.packaged_html_environment()
    html, with_contents = render_pages(job.briefing, env, toc="pdf" in job.formats,
                                       changes=changes, changes_since=since)
    if "html" in job.formats:  # the HTML edition is one file that fetches nothing
        for page in (html, with_contents):
            if page is not None:
                refuse_requests(page, job.name)
        html = safe_page(html, job.name)  # links, refresh, <base>: whatever the template wrote
        with_contents = with_contents and safe_page(with_contents, job.name)
    return RenderedText(markdown_text, html, with_contents, figures)


def layout_task(job: Job, text: RenderedText, fonts_folder: str | None = None) -> LayoutTask:
    """What a worker needs to lay out ``job``'s page: plain data, no models. ``fonts_folder``
    only for a page from the packaged templates (see :class:`LayoutTask`)."""
    assert text.html is not None and text.html_with_contents is not None
    allowed = (*job.workspace.asset_dirs, *job.workspace.template_dirs, default_template_dir())
    return LayoutTask(job.name, text.html, text.html_with_contents, job.workspace.root, allowed,
                      job.briefing.as_of, job.pdf.variant, job.pdf.toc_min_pages, job.attachments,
                      fonts_folder)


def packaged_templates_only(job: Job) -> Job:
    """``job`` reading the packaged templates alone (the workspace's template folders dropped):
    how the build renders a text itself when those folders hold nothing of their own."""
    return replace(job, workspace=replace(job.workspace, template_dirs=()))


def assemble(job: Job, text: RenderedText, laid_out: LaidOut | None) -> dict[str, bytes]:
    """The bytes of every requested output, in the order of ``job.formats``, then the files
    of the Markdown's figures by their path relative to the output folder.

    The HTML edition is the page the PDF was laid out from (with contents if the PDF has them),
    carrying the packaged fonts (the PDF's layout loads them by name instead) and its
    Content-Security-Policy on top (:mod:`briefings.render.edition`).
    """
    html = text.html_with_contents if laid_out is not None and laid_out.with_contents else text.html
    outputs: dict[str, bytes] = {}
    if text.markdown is not None:
        outputs["md"] = text.markdown.encode("utf-8")
    if laid_out is not None:
        outputs["pdf"] = laid_out.pdf
    if html is not None and "html" in job.formats:  # not made for a PDF alone
        outputs["html"] = html_edition(embed_fonts(html)).encode("utf-8")  # its policy first, by the package
    files: dict[str, bytes] = {fmt: outputs[fmt] for fmt in job.formats}
    files.update(text.figures)  # the Markdown's figures, by their path (see write_outputs)
    return files


def render_job(job: Job) -> dict[str, bytes]:
    """The bytes of every requested format of one briefing, text and layout in one worker task
    (for a workspace with templates of its own): one worker start per brief, and its HTML never
    crosses a process boundary."""
    text = render_text(job)
    laid_out = lay_out(layout_task(job, text)) if "pdf" in job.formats else None
    return assemble(job, text, laid_out)
