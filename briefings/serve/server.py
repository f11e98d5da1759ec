"""HTTP for the preview: a handful of routes, everything else 404, nothing read from disk but
the PDF the preview laid out itself.

Routes::

    /                   the index
    /b/<key>/           a briefing's HTML edition, or its errors
    /b/<key>.pdf        the briefing laid out as PDF (on request)
    /_serve/reload.js   the reload script
    /_serve/fonts.css   the packaged fonts' rules (cached by the browser; pages link them)
    /_serve/fonts/<f>   a packaged font file, by its name in that list
    /_serve/events      server-sent events: the preview's generation, on every change

A key is matched against the preview's own table, never turned into a path; a URL with ``..``,
a backslash, a NUL or more than ``MAX_URL`` characters gets a 400.
"""

from __future__ import annotations

import logging
import re
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

from briefings.errors import BriefingError
from briefings.render.fontfaces import FONT_SCHEME, font_face_css, packaged_font
from briefings.serve import pages
from briefings.serve.preview import Preview

LOGGER = logging.getLogger("briefings")
MAX_URL = 2048
EVENT_HEARTBEAT = 10.0
#: Pages may run only the preview's own script and use inline styles and data: images/fonts.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src data:; "
       "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; "
       "frame-ancestors 'none'")
FONTS_PREFIX = "/_serve/fonts/"
_BRIEFING = re.compile(r"/b/([a-z0-9][a-z0-9-]{0,79})(/|\.pdf)")


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its preview."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], preview: Preview):
        self.preview = preview
        self.fonts_css = font_face_css(FONTS_PREFIX)
        super().__init__(address, Handler)


class Handler(BaseHTTPRequestHandler):
    """One request; the routes are in the module docstring."""

    server: PreviewServer
    server_version = "briefings-serve"
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib's name
        LOGGER.debug("serve: " + format, *args)

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self._checked_path()
        if path is None:
            return
        if path == "/":
            generation, entries = self.server.preview.snapshot()
            self._send(HTTPStatus.OK, pages.index_page(entries, generation))
        elif path == "/_serve/reload.js":
            self._send(HTTPStatus.OK, pages.RELOAD_JS, "text/javascript; charset=utf-8")
        elif path == pages.FONTS_URL:
            self._send(HTTPStatus.OK, self.server.fonts_css, "text/css; charset=utf-8",
                       cache="max-age=3600")
        elif path.startswith(FONTS_PREFIX) and (font := packaged_font(
                FONT_SCHEME + path[len(FONTS_PREFIX):])) is not None:
            self._send_bytes(HTTPStatus.OK, font, "font/ttf", cache="max-age=3600")
        elif path == "/_serve/events":
            self._events()
        elif match := _BRIEFING.fullmatch(path):
            self._briefing(match.group(1), pdf=match.group(2) == ".pdf")
        else:
            self._not_found()

    def do_POST(self) -> None:  # noqa: N802
        self.close_connection = True
        self._send(HTTPStatus.METHOD_NOT_ALLOWED,
                   pages.message_page("Method not allowed", "The preview only answers GET."))

    do_PUT = do_DELETE = do_PATCH = do_POST  # noqa: N815

    def _checked_path(self) -> str | None:
        raw = self.path
        path = unquote(urlsplit(raw).path) if len(raw) <= MAX_URL else ""
        segments = path.split("/")
        if (len(raw) > MAX_URL or not raw.startswith("/") or ".." in segments
                or any(bad in path for bad in ("\\", "\x00"))):
            self.close_connection = True
            self._send(HTTPStatus.BAD_REQUEST,
                       pages.message_page("Bad request", "This address is not one the preview serves."))
            return None
        return path

    def _not_found(self) -> None:
        # with the current generation, the page reloads when a briefing appears, not before
        self._send(HTTPStatus.NOT_FOUND, pages.message_page(
            "Not found", "No such page in this preview.", self.server.preview.generation))

    def _briefing(self, key: str, *, pdf: bool) -> None:
        generation, entry = self.server.preview.entry(key)
        if entry is None:
            self._not_found()
        elif entry.html is None:
            self._send(HTTPStatus.OK, pages.error_page(entry, generation))
        elif not pdf:
            self._send(HTTPStatus.OK, pages.briefing_page(entry, generation))
        else:
            try:
                data = self.server.preview.pdf(entry).read_bytes()
            except BriefingError as error:
                self._send(HTTPStatus.INTERNAL_SERVER_ERROR, pages.message_page(
                    "The PDF could not be made", str(error), generation))
                return
            self._send_bytes(HTTPStatus.OK, data, "application/pdf")

    def _events(self) -> None:
        preview = self.server.preview
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        seen = -1
        try:
            while not preview.stopping:
                generation = preview.generation if seen < 0 else preview.wait(seen, EVENT_HEARTBEAT)
                message = f"data: {generation}\n\n" if generation != seen else ": still here\n\n"
                self.wfile.write(message.encode())
                self.wfile.flush()
                seen = generation
        except (BrokenPipeError, ConnectionResetError, TimeoutError):
            pass  # the page went away
        self.close_connection = True

    def _send(self, status: HTTPStatus, text: str,
              content_type: str = "text/html; charset=utf-8", cache: str = "no-store") -> None:
        self._send_bytes(status, text.encode("utf-8"), content_type, cache)

    def _send_bytes(self, status: HTTPStatus, data: bytes, content_type: str,
                    cache: str = "no-store") -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", cache)
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(data)
