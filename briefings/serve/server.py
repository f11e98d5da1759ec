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
    /_serve/review.css  the review controls' styles
    /b/<key>/item/<id>/source   the archived article a proposed item came from, passage marked
    POST /b/<key>/review        a review decision (see decisions.py), answered with a redirect

A key is matched against the preview's own table, never turned into a path; a URL with ``..``,
a backslash, a NUL or more than ``MAX_URL`` characters gets a 400. Every request must name
the address served as its Host, and a POST must come from the preview's own page with its
token (guard.py); otherwise 403, and nothing is read or written.

A connection has ``REQUEST_TIMEOUT`` seconds between reads and ``REQUEST_DEADLINE`` in all to
send its request; at most ``MAX_CONNECTIONS`` are served at once, and the next is told 503 at
once, so connections left half-open hold nothing for long and cannot starve the rest.
"""

from __future__ import annotations

import contextlib
import logging
import re
import socket
import threading
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from briefings.errors import BriefingError
from briefings.render.fontfaces import FONT_SCHEME, font_face_css, packaged_font
from briefings.review.decide import read_tree
from briefings.review.proposals import article_for
from briefings.serve import pages, review_pages
from briefings.serve.decisions import Outcome, apply
from briefings.serve.guard import Guard
from briefings.serve.preview import Preview

LOGGER = logging.getLogger("briefings")
MAX_URL = 2048
MAX_FORM_BYTES = 16 * 1024
EVENT_HEARTBEAT = 10.0
REQUEST_TIMEOUT = 5.0
REQUEST_DEADLINE = 15.0
MAX_CONNECTIONS = 32
#: Pages may run only the preview's own script and use inline styles and data: images/fonts.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src data:; "
       "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
FONTS_PREFIX = "/_serve/fonts/"
_BRIEFING = re.compile(r"/b/([a-z0-9][a-z0-9-]{0,79})(/|\.pdf)")
_ARTICLE = re.compile(r"/b/([a-z0-9][a-z0-9-]{0,79})/item/([0-9a-f]{8,16})/source")
_REVIEW = re.compile(r"/b/([a-z0-9][a-z0-9-]{0,79})/review")
_TURNED_AWAY = (b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
                b"Retry-After: 1\r\nConnection: close\r\n\r\n")


class PreviewServer(ThreadingHTTPServer):
    """A threading HTTP server that knows its preview."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], preview: Preview):
        self.preview = preview
        self.fonts_css = font_face_css(FONTS_PREFIX)
        self.slots = threading.BoundedSemaphore(MAX_CONNECTIONS)
        super().__init__(address, Handler)
        self.guard = Guard(address[0], self.server_address[1])

    def process_request(self, request: Any, client_address: Any) -> None:
        """Serve the connection in a thread if one of the slots is free; else answer 503."""
        if not self.slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.settimeout(1.0)
                request.sendall(_TURNED_AWAY)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except RuntimeError:  # no thread could start: the slot is free again. (Not on Ctrl-C:
            self.slots.release()  # the thread may have started, and it frees the slot itself.)
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


class Handler(BaseHTTPRequestHandler):
    """One request; the routes are in the module docstring."""

    server: PreviewServer
    server_version = "briefings-serve"
    sys_version = ""
    timeout = REQUEST_TIMEOUT  # seconds a read may wait (the socket's timeout)

    def handle_one_request(self) -> None:
        """One request, cut off if it has not arrived within ``REQUEST_DEADLINE``."""
        self._deadline = threading.Timer(REQUEST_DEADLINE, self._cut)
        self._deadline.daemon = True
        self._deadline.start()
        try:
            super().handle_one_request()
        except TimeoutError:
            self.close_connection = True
        finally:
            self._deadline.cancel()

    def _cut(self) -> None:
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _admitted(self) -> bool:
        """The request has arrived (its deadline stops) and names the Host served."""
        self._deadline.cancel()
        refusal = self.server.guard.host_refusal(self.headers.get("Host"))
        if refusal:
            self._refuse(refusal)
        return refusal is None

    def _refuse(self, why: str) -> None:
        LOGGER.warning("serve: refused %s %s: %s", self.command, self.path[:200], why)
        self.close_connection = True
        self._send(HTTPStatus.FORBIDDEN, pages.message_page("Refused", f"Refused: {why}."))

    def log_message(self, format: str, *args: object) -> None:
        LOGGER.debug("serve: " + format, *args)

    def do_GET(self) -> None:
        path = self._checked_path() if self._admitted() else None
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
        elif path == review_pages.REVIEW_CSS_URL:
            self._send(HTTPStatus.OK, review_pages.REVIEW_CSS, "text/css; charset=utf-8")
        elif path == "/_serve/events":
            self._events()
        elif match := _ARTICLE.fullmatch(path):
            self._article(match.group(1), match.group(2))
        elif match := _BRIEFING.fullmatch(path):
            self._briefing(match.group(1), pdf=match.group(2) == ".pdf")
        else:
            self._not_found()

    def do_POST(self) -> None:
        self.close_connection = True
        path = self._checked_path() if self._admitted() else None
        if path is None:
            return
        match = _REVIEW.fullmatch(path)
        form = self._form()
        if form is None:
            return
        refusal = self.server.guard.post_refusal(self.headers, form.get("token"))
        if refusal:
            self._refuse(refusal)
        elif match is None:
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, pages.message_page(
                "Method not allowed", "Only a review decision is posted to the preview."))
        else:
            self._decision(match.group(1), form)

    def do_PUT(self) -> None:
        self.close_connection = True
        if self._admitted():
            self._send(HTTPStatus.METHOD_NOT_ALLOWED,
                       pages.message_page("Method not allowed", "The preview answers GET and "
                                          "the review page's POST."))

    do_DELETE = do_PATCH = do_PUT

    def _form(self) -> dict[str, str] | None:
        """The posted form's fields (the first value of each), or None after a 4xx answer."""
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_FORM_BYTES:
            self._send(HTTPStatus.BAD_REQUEST, pages.message_page(
                "Bad request", f"A form of 0 to {MAX_FORM_BYTES} bytes, with its length, is expected."))
            return None
        self._deadline = threading.Timer(REQUEST_DEADLINE, self._cut)
        self._deadline.daemon = True
        self._deadline.start()
        try:
            body = self.rfile.read(length).decode("utf-8", "replace")
        finally:
            self._deadline.cancel()
        fields = parse_qs(body, keep_blank_values=True, max_num_fields=20)
        return {name: values[0] for name, values in fields.items()}

    def _decision(self, key: str, form: dict[str, str]) -> None:
        generation, entry = self.server.preview.entry(key)
        if entry is None:
            self._not_found()
            return
        outcome = apply(self.server.preview, entry, form)
        if outcome.location:
            self.send_response(HTTPStatus.SEE_OTHER)
            self.send_header("Location", outcome.location)
            self.send_header("Content-Length", "0")
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            return
        self._send(outcome.status, self._outcome_page(key, outcome))

    def _outcome_page(self, key: str, outcome: Outcome) -> str:
        """Why nothing was written, and the item's form again with the analyst's choice."""
        _, entry = self.server.preview.entry(key)
        if entry is None:
            return pages.message_page("Nothing was written", outcome.message)
        item = outcome.form.get("item", "")
        proposal = next((p for p in entry.proposals if item and p.id == item), None)
        typed = {k: v for k, v in outcome.form.items() if k in ("action", "item", "speaker", "source")}
        body = review_pages.outcome_body(entry, outcome.message, proposal, self.server.guard.token,
                                         outcome.form.get("speaker", ""), typed)
        # no reload script: the page must stay as it is until the analyst acts on it
        return pages.page("Nothing was written", body, None, head=review_pages.STYLESHEET)

    def _article(self, key: str, item_id: str) -> None:
        generation, entry = self.server.preview.entry(key)
        article = None
        if entry is not None and entry.html is not None:
            try:
                article = article_for(entry.path, read_tree(entry.path), item_id)
            except BriefingError:
                article = None
        if entry is None or article is None:
            self._not_found()
            return
        body = review_pages.article_body(entry, item_id, article)
        self._send(HTTPStatus.OK, pages.page(article.title, body, generation,
                                             head=review_pages.STYLESHEET))

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
            page = pages.briefing_page(entry, generation)
            self._send(HTTPStatus.OK, review_pages.annotate(page, entry, self.server.guard.token))
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
