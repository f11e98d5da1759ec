"""The layout task: a brief's HTML page → its PDF, in a render worker.

The task takes and returns plain data (strings, paths, bytes), and this module imports neither
the models nor the text renderer, so a worker that only lays out starts with nothing to load
beyond WeasyPrint, which it imported as it started (:mod:`briefings.building.pool`).
"""

from __future__ import annotations

import datetime as dt
import gc
from dataclasses import dataclass
from pathlib import Path

from briefings.constants import DEFAULT_PDF_VARIANT, DEFAULT_TOC_MIN_PAGES


@dataclass(frozen=True)
class LayoutTask:
    """One brief's page, with and without a table of contents, and how to make its PDF."""

    name: str
    html: str
    html_with_contents: str
    base_dir: Path
    allowed_roots: tuple[Path, ...]
    source_date: dt.date | None = None
    variant: str = DEFAULT_PDF_VARIANT
    toc_min_pages: int = DEFAULT_TOC_MIN_PAGES
    attachments: tuple[tuple[str, bytes], ...] = ()
    #: a folder that outlives the task, where the worker keeps one font configuration for every
    #: page from the packaged templates (:class:`briefings.render.pdf.PackagedFonts`); None for
    #: a page from a workspace's own templates, which may bring ``@font-face`` rules of its own
    fonts_folder: str | None = None


@dataclass(frozen=True)
class LaidOut:
    """The PDF, and whether the contents page was needed."""

    pdf: bytes
    with_contents: bool


def lay_out(task: LayoutTask) -> LaidOut:
    """HTML → PDF; a brief long enough (``toc_min_pages``) gets its table of contents."""
    # start-up: WeasyPrint ~1.3 s, loaded by the workers only, never by the build's own process
    from briefings.render.engine import require_weasyprint

    require_weasyprint()  # a missing Pango is named, not a crash
    # start-up: as above (it imports WeasyPrint, which may be missing: said by the line above)
    from briefings.render.pdf import Layout, packaged_fonts

    def layout(html: str) -> Layout:
        fonts = packaged_fonts(task.fonts_folder) if task.fonts_folder else None
        return Layout(html, base_dir=task.base_dir, allowed_roots=task.allowed_roots,
                      name=task.name, source_date=task.source_date, fonts=fonts)

    first = layout(task.html)
    with_contents = first.pages >= task.toc_min_pages
    if with_contents:
        del first
        gc.collect()  # its document, before the next is laid out (a worker's task runs with
        # the collector off: briefings.building.collector.collected_once)
        chosen = layout(task.html_with_contents)
    else:
        chosen = first
    return LaidOut(chosen.write(variant=task.variant, attachments=task.attachments), with_contents)
