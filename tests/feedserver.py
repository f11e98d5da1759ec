"""A local HTTP server for the ingest tests (127.0.0.1 only), serving the fixture feeds and
pages of tests/cases/feeds/ and the misbehaviours a real feed can show: 404, 500, a slow
drip, a redirect to another host, a 50 MB body (generated as it is sent, never held), 304 for
a feed that has not changed. Every request is logged for the tests to inspect."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FEEDS = Path(__file__).resolve().parent / "cases" / "feeds"
PAGES = {
    "/news/nato": "nato-concern.html",
    "/amp/nato": "nato-concern.html",
    "/news/ankara": "ankara-answer.html",
    "/news/football": "football.html",
    "/news/moved": "demir-moved.html",
}
ETAG = '"feed-v1"'


class FeedServer:
    """Start with ``with FeedServer() as server:``; ``server.base`` is its address."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.feed_items: str | None = None  # replaces the feed file when set
        self.pages: dict[str, bytes] = {}  # extra pages added by a test
        self.headers: dict[str, dict[str, str]] = {}  # extra headers for those pages
        self.etag = ETAG
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                outer.requests.append((self.path, dict(self.headers)))
                try:
                    outer.respond(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client stopped reading (size cap, timeout)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> FeedServer:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        return [path for path, _ in self.requests]

    def _send(self, handler: BaseHTTPRequestHandler, status: int, body: bytes = b"",
              kind: str = "text/html; charset=utf-8", **headers: str) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", kind)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            handler.send_header(name.replace("_", "-"), value)
        handler.end_headers()
        handler.wfile.write(body)

    def respond(self, handler: BaseHTTPRequestHandler) -> None:
        path = handler.path
        if path in ("/feed.xml", "/malformed.xml"):
            if path == "/feed.xml" and handler.headers.get("If-None-Match") == self.etag:
                self._send(handler, 304)
                return
            text = (FEEDS / path[1:]).read_text(encoding="utf-8")
            if path == "/feed.xml" and self.feed_items is not None:
                text = text.split("  <item>")[0] + self.feed_items + "\n</channel>\n</rss>\n"
            self._send(handler, 200, text.replace("{base}", self.base).encode(), "application/rss+xml",
                       ETag=self.etag, Last_Modified="Thu, 17 Dec 2020 10:00:00 GMT")
        elif path in self.pages:
            self._send(handler, 200, self.pages[path], **self.headers.get(path, {}))
        elif path in PAGES:
            self._send(handler, 200, (FEEDS / PAGES[path]).read_bytes())
        elif path == "/news/error":
            self._send(handler, 500, b"internal error")
        elif path == "/news/redirect-away":
            port = self.base.rsplit(":", 1)[1]
            self._send(handler, 302, Location=f"http://localhost:{port}/news/nato")
        elif path == "/news/redirect-here":
            self._send(handler, 301, Location="/news/moved")
        elif path == "/news/slow" or path.startswith("/news/slow/"):
            self._slow(handler)
        elif path == "/news/huge":
            self._huge(handler)
        else:
            self._send(handler, 404, b"not found")

    def _slow(self, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Content-Length", "100000")
        handler.end_headers()
        for _ in range(100):  # one byte every 0.2 s: each read is quick, the whole is not
            handler.wfile.write(b" ")
            handler.wfile.flush()
            time.sleep(0.2)

    def _huge(self, handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.end_headers()  # no length: the client finds out by reading
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        for _ in range(50 * 1024 * 1024 // len(chunk)):
            handler.wfile.write(chunk)
