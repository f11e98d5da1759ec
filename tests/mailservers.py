"""Real receivers for the delivery tests, on 127.0.0.1 only: an SMTP server (aiosmtpd, plain
or STARTTLS with a self-signed certificate and AUTH) and a webhook receiver that records what
it was sent and can be told to fail."""

from __future__ import annotations

import email
import email.policy
import socket
import subprocess
import threading
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """The aiosmtpd handler: every message received, parsed."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server: object, session: object, envelope: object) -> str:
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))  # type: ignore[attr-defined]
        self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))  # type: ignore[attr-defined,arg-type]
        return "250 OK"


class SmtpServer:
    """``with SmtpServer(port) as server:`` a real SMTP server; ``tls`` gives STARTTLS + AUTH."""

    def __init__(self, port: int | None = None, tls_dir: Path | None = None,
                 login: tuple[str, str] | None = None):
        from aiosmtpd.controller import Controller

        self.inbox = Inbox()
        self.port = port or free_port()
        options: dict[str, object] = {}
        if tls_dir is not None:
            import ssl

            context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            context.load_cert_chain(tls_dir / "cert.pem", tls_dir / "key.pem")
            options = {"tls_context": context, "require_starttls": True, "auth_require_tls": True}
        if login is not None:
            options["authenticator"] = self._authenticator(login)
            options.setdefault("auth_require_tls", False)  # plain AUTH, for a server on 127.0.0.1 only
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **options)

    @staticmethod
    def _authenticator(login: tuple[str, str]):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        def check(server, session, envelope, mechanism, data):
            ok = isinstance(data, LoginPassword) and (data.login.decode(), data.password.decode()) == login
            return AuthResult(success=ok)
        return check

    def __enter__(self) -> SmtpServer:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()


def self_signed(folder: Path) -> Path:
    """A certificate for 127.0.0.1 made with the openssl command (the test is skipped without
    it; .ci/run installs it)."""
    import shutil

    import pytest

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (apt-get install openssl)")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-keyout", str(folder / "key.pem"), "-out", str(folder / "cert.pem"),
                    "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
                   check=True, capture_output=True)
    return folder


class WebhookReceiver:
    """Records each POST (headers, body); answers ``status`` (200 unless a test changes it)."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.status = 200
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                if outer.status == 200:
                    outer.received.append((dict(self.headers), body))
                self.send_response(outer.status)
                self.send_header("Content-Length", "0")
                self.end_headers()

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> WebhookReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
