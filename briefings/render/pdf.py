"""HTML page → PDF with WeasyPrint, reading only files the workspace allows.

WeasyPrint will fetch any URL a document names (file://, http(s)://, relative paths with ``..``)
and only logs a warning when a fetch fails. Here every fetch goes through
:class:`ConfinedFetcher`: ``data:`` URIs up to a size cap and regular files whose real path lies
inside an allowed folder are served, and the fonts packaged with briefings by their
``briefings-font:`` name (every layout loads them, :mod:`briefings.render.fontfaces`); anything
else is refused, and a single refusal fails the build with the refused URLs named. The links
of the laid-out pages then go through the link policy (:mod:`briefings.render.links`), so no
template can put a ``file:``, ``smb:`` or ``javascript:`` link into a PDF. Only this module and
:mod:`briefings.render.engine` import WeasyPrint.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

import weasyprint
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError

from briefings.constants import DEFAULT_PDF_VARIANT
from briefings.errors import ResourceRefused
from briefings.render.fontfaces import font_face_css, packaged_font
from briefings.render.links import allowed_pdf_link

MAX_DATA_URI_BYTES = 2 * 1024 * 1024
MAX_ASSET_BYTES = 20 * 1024 * 1024


class ConfinedFetcher(weasyprint.URLFetcher):
    """A URL fetcher that reads only allowed local files and small ``data:`` URIs."""

    def __init__(self, allowed_roots: Sequence[Path]):
        super().__init__(allowed_protocols={"file", "data"}, fail_on_errors=True)
        self.allowed_roots = [root.resolve() for root in allowed_roots]
        self.refused: list[str] = []

    def fetch(self, url: str, headers: object = None) -> weasyprint.urls.URLFetcherResponse:
        font = packaged_font(url)
        if font is not None:  # briefings-font:<name>, a font shipped inside the package
            return weasyprint.urls.URLFetcherResponse(url, body=font)
        reason = self._refusal(url)
        if reason:
            self.refused.append(f"{url} ({reason})")
            raise FatalURLFetchingError(f"refused {url}: {reason}")
        return super().fetch(url, headers)

    def _refusal(self, url: str) -> str | None:
        """Why ``url`` may not be read, or None when it may."""
        parts = urlsplit(url)
        scheme = parts.scheme.lower()
        if scheme == "data":
            return "data: URI too large" if len(url) > MAX_DATA_URI_BYTES else None
        if scheme != "file":
            return f"{scheme or 'this'} URLs are never fetched"
        if parts.netloc not in ("", "localhost"):
            return "file URLs on other hosts are never read"
        path = Path(unquote(parts.path))
        try:
            real = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "no such file"
        if not any(real.is_relative_to(root) for root in self.allowed_roots):
            return "outside the allowed asset folders"
        if not real.is_file():
            return "not a regular file"
        if real.stat().st_size > MAX_ASSET_BYTES:
            return "file too large"
        return None


@contextmanager
def _rendering(name: str, fetcher: ConfinedFetcher, source_date: dt.date | None) -> Iterator[None]:
    """Quiet WeasyPrint's own warnings (refusals are reported by us), pin dates, and turn a
    refused fetch into ResourceRefused."""
    logger = logging.getLogger("weasyprint")
    previous_level = logger.level
    logger.setLevel(logging.ERROR)
    previous_epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if source_date is not None:
        os.environ["SOURCE_DATE_EPOCH"] = str(int(_midnight(source_date).timestamp()))
    try:
        yield
    except FatalURLFetchingError:
        raise ResourceRefused(name, fetcher.refused) from None
    finally:
        logger.setLevel(previous_level)
        if previous_epoch is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = previous_epoch
    if fetcher.refused:
        raise ResourceRefused(name, fetcher.refused)


def _midnight(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC)


class PackagedFonts:
    """A font configuration holding the packaged faces, and the stylesheet that named them.

    Making one costs what ``weasyprint`` pays for every page (Fontconfig's configuration,
    Pango's font map, the packaged faces written out and registered): a worker that lays out
    many pages from the packaged templates keeps one (:func:`packaged_fonts`), 2–4 % of each
    page. A page from a workspace's own templates gets a fresh one: its ``@font-face`` rules
    would otherwise stay registered for the next page.

    WeasyPrint writes the faces to a folder of its own under ``folder``, which must outlive
    every layout that uses them (a task's temporary folder is removed as the task ends)."""

    def __init__(self, folder: str | None = None):
        previous, tempfile.tempdir = tempfile.tempdir, folder or tempfile.tempdir
        try:
            self.config = _CountedFaces()  # the packaged fonts, whatever the machine has
            self.stylesheet = weasyprint.CSS(string=font_face_css(), font_config=self.config,
                                             url_fetcher=ConfinedFetcher(()))
        finally:
            tempfile.tempdir = previous
        self.packaged_faces = self.config.faces

    @property
    def only_packaged(self) -> bool:
        """No page added a face of its own (an SVG image's ``@font-face``, see
        :func:`packaged_fonts`)."""
        return self.config.faces == self.packaged_faces


class _CountedFaces(FontConfiguration):
    """WeasyPrint's font configuration, counting the ``@font-face`` rules added to it."""

    faces = 0

    def add_font_face(self, rule_descriptors: Any, url_fetcher: Any) -> Any:
        self.faces += 1
        return super().add_font_face(rule_descriptors, url_fetcher)


_kept: dict[str, PackagedFonts] = {}


def packaged_fonts(folder: str) -> PackagedFonts:
    """The process's :class:`PackagedFonts` kept under ``folder``, holding the packaged faces
    alone: a page from the packaged templates may still add one of its own, since an SVG image
    it shows (``![chart](chart.svg)`` in a brief's prose) registers its ``@font-face`` rules in
    the page's configuration; that configuration is then left to that page, and the next gets
    a new one."""
    fonts = _kept.get(folder)
    if fonts is None or not fonts.only_packaged:
        fonts = _kept[folder] = PackagedFonts(folder)
    return fonts


class Layout:
    """A laid-out document, its page count known before the PDF is written."""

    def __init__(self, html: str, *, base_dir: Path, allowed_roots: Sequence[Path], name: str,
                 source_date: dt.date | None = None, fonts: PackagedFonts | None = None):
        self.name, self.source_date = name, source_date
        self.fetcher = ConfinedFetcher(allowed_roots)
        with _rendering(name, self.fetcher, source_date):
            fonts = fonts or PackagedFonts()
            self.document = weasyprint.HTML(
                string=html, base_url=base_dir.resolve().as_uri() + "/", url_fetcher=self.fetcher
            ).render(stylesheets=[fonts.stylesheet], font_config=fonts.config)
        for page in self.document.pages:  # the link policy on what was laid out, whatever wrote it
            page.links[:] = [link for link in page.links if allowed_pdf_link(link[0], link[1])]

    @property
    def pages(self) -> int:
        return len(self.document.pages)

    def write(self, *, variant: str = DEFAULT_PDF_VARIANT,
              attachments: Sequence[tuple[str, bytes]] = ()) -> bytes:
        """The PDF: tagged (PDF/UA-1) by default, or archival PDF/A-3b carrying
        ``attachments`` (name, bytes) — the data the brief was made from."""
        options: dict = {"pdf_identifier": self.name.encode("utf-8")}
        if variant != "untagged":
            options["pdf_variant"] = variant
            options["pdf_tags"] = True
        if attachments:
            when = _midnight(self.source_date) if self.source_date else None
            options["attachments"] = [
                weasyprint.Attachment(file_obj=io.BytesIO(data), name=attachment_name,
                                      description=f"{attachment_name} (data of this brief)",
                                      created=when, modified=when, relationship="Source",
                                      url_fetcher=self.fetcher)
                for attachment_name, data in attachments
            ]
        with _rendering(self.name, self.fetcher, self.source_date):
            pdf = self.document.write_pdf(**options)
        assert isinstance(pdf, bytes)
        return pdf


