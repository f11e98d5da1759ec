"""``briefings serve`` over HTTP: the index, live rebuilds, errors shown and recovered from,
bad requests refused, the PDF on request, the workspace's output never written, Ctrl-C."""

from __future__ import annotations

import http.client
import re
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from serving import ServeProcess, make_workspace

from briefings.serve.server import EVENT_HEARTBEAT

KEY = "us-turkey-caatsa-sanctions"
PAGE = f"/b/{KEY}/"


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[ServeProcess, Path]]:
    briefing = make_workspace(tmp_path)
    server = ServeProcess(tmp_path)
    try:
        yield server, briefing
    finally:
        server.stop()


def generation(body: str) -> int:
    return int(re.search(r'data-generation="(\d+)"', body).group(1))


def test_index_and_briefing_page(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    status, index = server.get("/")
    assert status == 200
    assert f'href="/b/{KEY}/"' in index and "Turkey&#x27;s defence" in index
    assert 'class="status-ok">ok<' in index and str(briefing.resolve()) in index
    status, page = server.get(PAGE)
    assert status == 200 and "<main class=\"briefing\"" in page
    assert '<script src="/_serve/reload.js" data-generation=' in page
    assert f'href="/b/{KEY}.pdf"' in page
    assert '<link rel="stylesheet" href="/_serve/fonts.css">' in page
    assert "briefings-font:" not in page  # the renderer's font URLs, replaced for the browser
    status, css = server.get("/_serve/fonts.css")
    assert status == 200 and "url('/_serve/fonts/SourceSerif4-Regular.ttf')" in css
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    connection.request("GET", "/_serve/fonts/SourceSerif4-Regular.ttf")
    font = connection.getresponse()
    assert font.status == 200 and font.read()[:4] == b"\x00\x01\x00\x00"  # TrueType
    connection.close()
    status, script = server.get("/_serve/reload.js")
    assert status == 200 and "EventSource(\"/_serve/events\")" in script
    assert "http" not in script.replace("/_serve/events", "")  # nothing from the internet


def test_saving_rebuilds_the_page(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    _, before = server.get(PAGE)
    briefing.write_text(briefing.read_text().replace(
        "title: US CAATSA sanctions", "title: Edited CAATSA sanctions", 1))
    _, after = server.wait_for(PAGE, lambda body: "Edited CAATSA sanctions" in body)  # bounded, not timed
    assert generation(after) > generation(before)


def test_an_error_is_shown_and_the_page_recovers(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    good = briefing.read_text()
    bad = good.replace("short_name: CHP", "shortname: CHP", 1)
    line = next(i for i, row in enumerate(bad.splitlines(), 1) if "shortname: CHP" in row)
    briefing.write_text(bad)
    _, page = server.wait_for(PAGE, lambda body: 'id="briefing-errors"' in body)
    assert f"{briefing.resolve()}:{line}:5" in page
    assert "parties[3].shortname" in page
    assert "unknown key &#x27;shortname&#x27;; did you mean &#x27;short_name&#x27;?" in page
    _, index = server.get("/")
    assert 'class="status-invalid">1 error(s)<' in index
    briefing.write_text(good)
    server.wait_for(PAGE, lambda body: "<main class=\"briefing\"" in body)


def test_a_misquote_shows_the_closest_passage(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    text = briefing.read_text()
    quote = "take the necessary steps against this decision"
    assert quote in text
    briefing.write_text(text.replace(quote, "take the unnecessary steps against this decision", 1))
    _, page = server.wait_for(PAGE, lambda body: 'id="briefing-errors"' in body)
    assert "closest passage" in page and "% similar)" in page


def test_hostile_text_in_an_error_is_escaped(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    briefing.write_text(briefing.read_text().replace(
        "short_name: CHP", 'short_name: CHP\n    "<script>alert(1)</script>": x', 1))
    _, page = server.wait_for(PAGE, lambda body: 'id="briefing-errors"' in body)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


@pytest.mark.parametrize("content", [b"", b"\x00\xff\xfe garbage", b"- a\n- list\n",
                                     b"key: [unclosed\n", b"a: &x 1\nb: *x\n"])
def test_the_server_survives_any_file(served: tuple[ServeProcess, Path], content: bytes) -> None:
    server, briefing = served
    good = briefing.read_bytes()
    briefing.write_bytes(content)
    server.wait_for(PAGE, lambda body: 'id="briefing-errors"' in body)
    assert server.get("/")[0] == 200
    briefing.write_bytes(good)
    server.wait_for(PAGE, lambda body: "<main class=\"briefing\"" in body)


def test_new_and_removed_briefings(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    copy = briefing.with_name("second-brief.yaml")
    copy.write_text(briefing.read_text().replace("id: us-turkey-caatsa-sanctions",
                                                 "id: second-brief", 1))
    server.wait_for("/", lambda body: 'href="/b/second-brief/"' in body)
    assert server.get("/b/second-brief/")[0] == 200
    copy.unlink()
    _, index = server.wait_for("/", lambda body: "second-brief" not in body)
    status, gone = server.get("/b/second-brief/")
    assert status == 404
    assert generation(gone) == generation(index)  # reloads on the next change, not in a loop


def test_a_template_change_rebuilds(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    (briefing.parent.parent / "templates" / "briefing.css").write_text(
        '{% include "default:briefing.css" %}\nh2 { color: rgb(1, 2, 3); }\n')
    server.wait_for(PAGE, lambda body: "rgb(1, 2, 3)" in body)


@pytest.mark.parametrize("path, statuses", [
    ("/b/../../../etc/passwd", {400}),
    ("/../../etc/passwd", {400}),
    ("/b/%2e%2e/%2e%2e/etc/passwd", {400}),
    ("/b/..%2f..%2fetc%2fpasswd/", {400}),
    ("/etc/passwd", {404}),
    ("//etc/passwd", {404}),
    ("/seeds/us-turkey-caatsa-sanctions.yaml", {404}),
    ("/b/no-such-briefing/", {404}),
    ("/b/no-such-briefing.pdf", {404}),
    ("/b/US-TURKEY/", {404}),
    ("/b/%00/", {400}),
    ("/b/..\\..\\etc\\passwd", {400}),
    ("http://example.com/", {400, 403}),  # its Host is example.com: refused first
    ("/" + "a" * 10_000, {400}),
    ("/" + "a" * 70_000, {400, 414}),
    ("/_serve/fonts/LICENSE-SourceSans3.md", {404}),
    ("/_serve/fonts/%2e%2e%2f%2e%2e%2frender%2fpdf.py", {400}),
    ("/_serve/fonts/", {404}),
])
def test_bad_requests_are_refused(served: tuple[ServeProcess, Path], path: str,
                                  statuses: set[int]) -> None:
    server, _ = served
    status, body = server.get(path)
    assert status in statuses
    assert "root:" not in body and "CAATSA" not in body
    assert server.get("/")[0] == 200  # still serving


def test_a_request_with_a_huge_body_is_refused(served: tuple[ServeProcess, Path]) -> None:
    server, _ = served
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(f"POST / HTTP/1.1\r\nHost: {server.host}:{server.port}\r\n"
                     "Content-Length: 10000000000\r\n\r\n".encode())
        reply = sock.recv(200)
    assert reply.startswith(b"HTTP/1.0 400")  # refused before a byte of the body is read
    assert server.get("/")[0] == 200


def test_the_pdf_is_made_on_request_outside_the_workspace(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    workspace = briefing.parent.parent
    connection_status, _ = server.get(PAGE)
    assert connection_status == 200
    import http.client

    connection = http.client.HTTPConnection(server.host, server.port, timeout=120)
    connection.request("GET", f"/b/{KEY}.pdf")
    response = connection.getresponse()
    data = response.read()
    assert response.status == 200 and response.getheader("Content-Type") == "application/pdf"
    assert data.startswith(b"%PDF-")
    assert not (workspace / "output").exists()  # serve never writes the workspace's output
    assert sorted(p.name for p in workspace.iterdir()) == ["seeds", "templates"]


def test_events_announce_the_generation(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(f"GET /_serve/events HTTP/1.1\r\nHost: {server.host}:{server.port}\r\n\r\n"
                     .encode())
        first = sock.recv(4096).decode()
        while "data:" not in first:
            first += sock.recv(4096).decode()
        assert "text/event-stream" in first
        seen = int(re.search(r"data: (\d+)", first).group(1))
        briefing.write_text(briefing.read_text() + "\n")
        later = ""
        deadline = time.time() + 10
        while f"data: {seen + 1}" not in later and time.time() < deadline:
            later += sock.recv(4096).decode()
        assert f"data: {seen + 1}" in later


def test_ctrl_c_stops_cleanly_and_removes_the_preview_folder(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    server = ServeProcess(tmp_path)
    folder = Path(re.search(r"preview folder: (\S+)", server.output()).group(1))
    assert folder.is_dir()
    with socket.create_connection((server.host, server.port), timeout=10) as sock:
        sock.sendall(f"GET /_serve/events HTTP/1.1\r\nHost: {server.host}:{server.port}\r\n\r\n"
                     .encode())  # an open stream
        sock.recv(100)
        started = time.perf_counter()
        assert server.stop() == 0
    # the timing is the behaviour here: Ctrl-C wakes the open stream; a stop that waited for the
    # stream's next heartbeat would take its EVENT_HEARTBEAT (10 s), so the bound is well under it
    assert time.perf_counter() - started < EVENT_HEARTBEAT * 0.8
    assert "stopped" in server.output() and "Traceback" not in server.output()
    assert not folder.exists()
    assert not (tmp_path / "output").exists()


def test_another_address_prints_a_warning(tmp_path: Path) -> None:
    make_workspace(tmp_path)
    server = ServeProcess(tmp_path, "--host", "127.0.0.2")
    try:
        assert server.get("/")[0] == 200
        assert "warning: serving on 127.0.0.2" in server.output()
    finally:
        server.stop()


def test_a_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    import subprocess
    import sys

    make_workspace(tmp_path)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "briefings", "serve", "--port", str(port)],
                              cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert f"error: cannot serve on 127.0.0.1:{port}: Address already in use" in done.stderr
    assert "Traceback" not in done.stderr
