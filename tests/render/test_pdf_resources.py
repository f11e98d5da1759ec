"""Confined fetching: the renderer reads allowed assets and nothing else."""

from __future__ import annotations

import shutil
import socket
import struct
import threading
import zlib
from pathlib import Path

import pytest
from conftest import CASES

from briefings.building.run import Workspace, build


def _png_1px() -> bytes:
    """A valid 1×1 grey PNG, made here so the test needs no binary fixture."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\x80")) + chunk(b"IEND", b"")


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(CASES / "valid", tmp_path / "briefings")
    (tmp_path / "templates").mkdir()
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "logo.png").write_bytes(_png_1px())
    (tmp_path / "secret.txt").write_text("TOP-SECRET-BYTES")
    return tmp_path


def _override_page_body(workspace: Path, html: str) -> None:
    (workspace / "templates" / "page.html.j2").write_text(
        '{% extends "default:page.html.j2" %}{% block body %}' + html + "{{ super() }}{% endblock %}"
    )


def _build(workspace: Path):
    return build([workspace / "briefings" / "minimal.yaml"], Workspace.at(workspace), formats=["pdf"])


def test_allowed_asset_is_used(workspace: Path) -> None:
    _override_page_body(workspace, '<img src="assets/logo.png" alt="logo">')
    report = _build(workspace)
    assert report.ok, report.failed
    assert (workspace / "output" / "minimal.pdf").read_bytes().startswith(b"%PDF")


@pytest.fixture
def listener():
    """A socket on 127.0.0.1 that records whether anything connected to it."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    hits: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append("connected")
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join(timeout=2)
    server.close()


REFUSED = [
    ('<img src="file:///etc/passwd">', "file:///etc/passwd"),
    ('<img src="../secret.txt">', "secret.txt"),
    ('<link rel="stylesheet" href="../secret.txt">', "secret.txt"),
    ('<link rel="attachment" href="../secret.txt">', "secret.txt"),
    ('<div style="background: url(../secret.txt)"></div>', "secret.txt"),
    ("<style>@import url(../secret.txt);</style>", "secret.txt"),
    ('<img src="assets/../../secret.txt">', "secret.txt"),
]


@pytest.mark.parametrize(("html", "named"), REFUSED, ids=[r[0][:30] for r in REFUSED])
def test_reference_outside_assets_is_refused(html: str, named: str, workspace: Path) -> None:
    _override_page_body(workspace, html)
    report = _build(workspace)
    reason = report.failed[str(workspace / "briefings" / "minimal.yaml")]
    assert "outside the allowed asset folders" in reason and named in reason
    assert not (workspace / "output" / "minimal.pdf").exists()


def test_symlink_out_of_assets_is_refused(workspace: Path) -> None:
    (workspace / "assets" / "link.png").symlink_to(workspace / "secret.txt")
    _override_page_body(workspace, '<img src="assets/link.png">')
    report = _build(workspace)
    assert "secret.txt" not in "".join(report.written)  # nothing written
    assert "outside the allowed asset folders" in report.failed[str(workspace / "briefings" / "minimal.yaml")]


@pytest.mark.parametrize("form", ["http://127.0.0.1:{port}/x.png", "//127.0.0.1:{port}/x.css",
                                  "https://127.0.0.1:{port}/x.png"])
def test_network_references_never_connect(form: str, workspace: Path, listener) -> None:
    port, hits = listener
    url = form.format(port=port)
    _override_page_body(workspace, f'<img src="{url}"><link rel="stylesheet" href="{url}">')
    report = _build(workspace)
    reason = report.failed[str(workspace / "briefings" / "minimal.yaml")]
    assert "refused: " in reason and f"127.0.0.1:{port}" in reason
    assert not (workspace / "output" / "minimal.pdf").exists()
    assert hits == []
