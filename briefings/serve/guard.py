"""Who may talk to the preview: the Host every request names, and who may change a file.

The preview reads briefings and, on its review page, writes them. A page on another site can
make the browser send requests to 127.0.0.1 (a form posted there, or a name of its own that
resolves to 127.0.0.1 after the page has loaded: DNS rebinding). So:

- every request (GET too) must name the address and port served in ``Host``; a rebound name
  does not, and gets a 403 before anything is read;
- a POST must also come from a page of this preview (``Origin`` is this preview's origin) and
  carry the token this server made when it started, which only its own pages hold.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
from typing import Protocol


class Headers(Protocol):
    """What is read of a request's headers (an ``email.message.Message`` or a dict)."""

    def get(self, name: str, /) -> str | None: ...


class Guard:
    """The rules above for one server: its address, its port and its session token."""

    def __init__(self, host: str, port: int):
        self.port = port
        self.token = secrets.token_urlsafe(32)
        names = {host.lower()}
        if _is_loopback(host) or host in ("0.0.0.0", "::"):
            names |= {"127.0.0.1", "localhost", "[::1]"}
        if ":" in host and not host.startswith("["):
            names = {f"[{name}]" if ":" in name and not name.startswith("[") else name
                     for name in names}
        self.hosts = {f"{name}:{port}" for name in names}

    def host_refusal(self, host: str | None) -> str | None:
        """Why a request with this ``Host`` header is refused, or None."""
        if host is None:
            return "the request names no Host"
        if host.strip().lower() not in self.hosts:
            return (f"the Host {host[:80]!r} is not the address this preview serves "
                    f"({', '.join(sorted(self.hosts))})")
        return None

    def post_refusal(self, headers: Headers, token: str | None) -> str | None:
        """Why a POST is refused (Host, Origin, token), or None."""
        refusal = self.host_refusal(headers.get("Host"))
        if refusal:
            return refusal
        origin = (headers.get("Origin") or "").strip().lower()
        if origin not in {f"http://{host}" for host in self.hosts}:
            return (f"the request comes from {origin[:80] or 'no page'!r}, not from a page of "
                    "this preview")
        if not token or not hmac.compare_digest(token.encode(), self.token.encode()):
            return ("the request does not carry this preview's token (reload the page: a page "
                    "from before the preview was restarted has an old one)")
        return None


def _is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
