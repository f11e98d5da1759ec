"""The review page of ``briefings serve`` over plain HTTP: the proposed items shown in place
with their controls, a decision written exactly as ``briefings review`` writes it, and the
guard: token, Origin, Host (GET too), stale pages; connections left half-open; a briefing
that is a link out of the workspace."""

from __future__ import annotations

import http.client
import re
import shutil
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest
from serving import ServeProcess, make_workspace

from briefings.review.decide import decide, read_tree
from briefings.review.items import fingerprint, proposed
from tests.review.test_decide import NEW_PARTY_QUOTE, NEW_QUOTE, propose

KEY = "us-turkey-caatsa-sanctions"
PAGE = f"/b/{KEY}/"
QUOTE_ID = fingerprint("quote", {"text": NEW_QUOTE, "speaker": "tr-foreign-ministry"})[:8]
EU_QUOTE_ID = fingerprint("quote", {"text": NEW_PARTY_QUOTE, "speaker": "eu"})[:8]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[ServeProcess, Path]]:
    briefing = make_workspace(tmp_path)
    propose(briefing)
    server = ServeProcess(tmp_path)
    try:
        yield server, briefing
    finally:
        server.stop()


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[ServeProcess, Path]]:
    """One preview for the tests that must change nothing."""
    root = tmp_path_factory.mktemp("shared")
    briefing = make_workspace(root)
    propose(briefing)
    server = ServeProcess(root)
    try:
        yield server, briefing
    finally:
        server.stop()


def request(server: ServeProcess, method: str, path: str, headers: dict[str, str],
            body: bytes | None = None) -> tuple[int, dict[str, str], str]:
    """A request with exactly these headers (no Host unless given)."""
    connection = http.client.HTTPConnection(server.host, server.port, timeout=30)
    try:
        connection.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
        for name, value in headers.items():
            connection.putheader(name, value)
        if body is not None:
            connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)
        response = connection.getresponse()
        return (response.status, dict(response.getheaders()),
                response.read().decode("utf-8", "replace"))
    finally:
        connection.close()


def form_of(page: str) -> dict[str, str]:
    """The token and version a review page carries."""
    token = re.search(r'name="token" value="([^"]+)"', page).group(1)
    version = re.search(r'name="version" value="([^"]+)"', page).group(1)
    return {"token": token, "version": version}


def own_headers(server: ServeProcess) -> dict[str, str]:
    here = f"{server.host}:{server.port}"
    return {"Host": here, "Origin": f"http://{here}",
            "Content-Type": "application/x-www-form-urlencoded"}


def post(server: ServeProcess, fields: dict[str, str], **changed: str | None) -> tuple[int, dict[str, str], str]:
    headers = {**own_headers(server), **changed}
    sent = {name: value for name, value in headers.items() if value is not None}
    return request(server, "POST", f"/b/{KEY}/review", sent, urlencode(fields).encode())


def test_each_proposed_item_is_shown_in_place_with_its_controls(shared: tuple[ServeProcess, Path]) -> None:
    server, _ = shared
    status, page = server.get(PAGE)
    assert status == 200
    assert "5 proposed item(s) to review" in page
    items = re.findall(r'data-item="([0-9a-f]{8})"', page)
    assert len(items) == 5 and QUOTE_ID in items and EU_QUOTE_ID in items
    card = page.split(f'data-item="{QUOTE_ID}"')[1].split("</section>")[0]
    assert "Proposed quote" in card and NEW_QUOTE in card
    assert ">Accept</button>" in card and ">Reject</button>" in card
    assert ">Edit speaker/party</button>" in card
    assert "Mevlut Cavusoglu told reporters in Ankara" in card  # the passage
    assert "recorded no evidence or confidence" in card  # said so, not invented
    # in place: the quote after its party's part, before the next party
    ministry = page.index('id="party-tr-foreign-ministry"')
    assert ministry < page.index(f'data-item="{QUOTE_ID}"') < page.index('<h3 class="party"', ministry + 1)
    assert "Accept all from this article" in page and "Reject all from this article" in page


def test_the_passage_is_marked_in_the_archived_article(shared: tuple[ServeProcess, Path]) -> None:
    server, _ = shared
    _, page = server.get(PAGE)
    link = re.search(rf'href="(/b/{KEY}/item/{QUOTE_ID}/source)#passage"', page).group(1)
    status, article = server.get(link)
    assert status == 200
    marked = re.search(r'<mark id="passage"[^>]*>(.*?)</mark>', article, re.S).group(1)
    assert NEW_QUOTE in marked
    assert "The European Union will discuss" in article  # the rest of the article too
    assert server.get(f"/b/{KEY}/item/00000000/source")[0] == 404


def test_a_decision_is_written_as_briefings_review_writes_it(served: tuple[ServeProcess, Path],
                                                             tmp_path: Path) -> None:
    server, briefing = served
    expected = shutil.copytree(briefing.parent, tmp_path / "expected") / briefing.name
    decide(expected, accept=[QUOTE_ID])
    _, page = server.get(PAGE)
    status, headers, _ = post(server, {**form_of(page), "action": "accept", "item": QUOTE_ID})
    assert status == 303 and headers["Location"] == f"/b/{KEY}/#review"
    assert briefing.read_bytes() == expected.read_bytes()
    _, page = server.get(PAGE)
    assert f'data-item="{QUOTE_ID}"' not in page and NEW_QUOTE in page  # now in the brief


def test_bulk_reject_of_one_article(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    _, page = server.get(PAGE)
    status, _, _ = post(server, {**form_of(page), "action": "reject-article", "source": "new-article"})
    assert status == 303
    text = briefing.read_text(encoding="utf-8")
    assert "status: proposed" not in text and NEW_QUOTE not in text
    assert fingerprint("quote", {"text": NEW_QUOTE, "speaker": "tr-foreign-ministry"}) in text  # under rejected:


def test_editing_a_speaker_moves_the_quote(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    _, page = server.get(PAGE)
    choice = "tr-defence-ministry/hulusi-akar"
    assert f'<option value="{choice}">' in page
    status, headers, _ = post(server, {**form_of(page), "action": "edit", "item": QUOTE_ID,
                                       "speaker": choice})
    assert status == 303
    party, speaker = choice.split("/")
    moved_id = fingerprint("quote", {"text": NEW_QUOTE, "speaker": speaker})[:8]  # another speaker, another id
    assert headers["Location"].endswith(f"#item-{moved_id}")  # back to the card, under its new id
    moved = next(i for i in proposed(read_tree(briefing)) if i.fingerprint.startswith(moved_id))
    assert moved.party["id"] == party and moved.node["speaker"] == speaker


# ---------------------------------------------------------------- the guard, as a table

def _no_token(fields: dict[str, str]) -> dict[str, str]:
    return {k: v for k, v in fields.items() if k != "token"}


REFUSED_POSTS = [
    # (case, change to the form, change to the headers, status, words in the answer)
    ("no token", _no_token, {}, 403, "token"),
    ("a wrong token", lambda f: {**f, "token": "x" * 43}, {}, 403, "token"),
    ("another Origin", lambda f: f, {"Origin": "http://evil.example"}, 403, "evil.example"),
    ("no Origin", lambda f: f, {"Origin": None}, 403, "not from a page of this preview"),
    ("Origin null", lambda f: f, {"Origin": "null"}, 403, "not from a page of this preview"),
    ("a rebound Host", lambda f: f, {"Host": "evil.example", "Origin": "http://evil.example"}, 403,
     "is not the address this preview serves"),
    ("no Host", lambda f: f, {"Host": None}, 403, "names no Host"),
    ("a stale page", lambda f: {**f, "version": "0" * 32}, {}, 409, "changed on disk"),
    ("an unknown action", lambda f: {**f, "action": "publish"}, {}, 400, "unknown action"),
    ("an unknown item", lambda f: {**f, "item": "ffffffff"}, {}, 422, "is not a proposed item"),
]


@pytest.mark.parametrize("case, form_change, header_change, status, words", REFUSED_POSTS,
                         ids=[row[0] for row in REFUSED_POSTS])
def test_refused_decisions_write_nothing(shared: tuple[ServeProcess, Path], case: str, form_change,
                                         header_change: dict[str, str | None], status: int,
                                         words: str) -> None:
    server, briefing = shared
    before = briefing.read_bytes()
    _, page = server.get(PAGE)
    fields = form_change({**form_of(page), "action": "accept", "item": QUOTE_ID})
    got, _, body = post(server, fields, **header_change)
    assert (got, words in body.replace("&#x27;", "'")) == (status, True), body[-600:]
    assert briefing.read_bytes() == before


def test_a_stale_page_keeps_what_the_analyst_chose(served: tuple[ServeProcess, Path]) -> None:
    server, briefing = served
    _, page = server.get(PAGE)
    choice = re.findall(r'<option value="([a-z-]+/[a-z-]+)"', page)[-1]
    briefing.write_text(briefing.read_text(encoding="utf-8") + "# an edit by hand\n", encoding="utf-8")
    before = briefing.read_bytes()
    status, _, body = post(server, {**form_of(page), "action": "edit", "item": QUOTE_ID,
                                    "speaker": choice})
    assert status == 409 and "Nothing was written" in body
    assert briefing.read_bytes() == before
    assert f'<option value="{choice}" selected>' in body  # the choice, shown again
    assert form_of(body)["version"] != form_of(page)["version"]  # the form is for the file as it is
    assert "reload.js" not in body  # the page does not reload itself away from the choice


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1:1",
                                  "127.0.0.1.evil.example:{port}", "localhost.:{port}", None])
@pytest.mark.parametrize("path", ["/", PAGE, "/_serve/events", f"/b/{KEY}/item/{QUOTE_ID}/source"])
def test_a_foreign_host_is_refused_for_every_request(shared: tuple[ServeProcess, Path],
                                                     host: str | None, path: str) -> None:
    server, _ = shared
    headers = {} if host is None else {"Host": host.format(port=server.port)}
    status, _, body = request(server, "GET", path, headers)
    assert status == 403
    assert "CAATSA" not in body and "Cavusoglu" not in body


def test_localhost_is_the_same_preview(shared: tuple[ServeProcess, Path]) -> None:
    server, _ = shared
    status, _, _ = request(server, "GET", "/", {"Host": f"localhost:{server.port}"})
    assert status == 200
    assert server.url.startswith("http://127.0.0.1:")  # listens on 127.0.0.1 by default


def test_half_open_connections_do_not_starve_the_server(served: tuple[ServeProcess, Path]) -> None:
    server, _ = served
    idle = [socket.create_connection((server.host, server.port), timeout=30) for _ in range(80)]
    try:
        idle[-1].sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1")  # a request that never ends
        deadline = time.monotonic() + 60  # a bounded wait; a starved server never answers 200
        while True:  # a normal request is answered (503 while every slot is held, then 200)
            try:
                status, _ = server.get("/", timeout=30)
            except (ConnectionError, TimeoutError):
                status = 0
            if status == 200:
                break
            assert status in (0, 503)
            assert time.monotonic() < deadline, "never answered while the idle connections were held"
            time.sleep(0.2)
        for sock in idle:  # every idle connection was closed by the server, none left hanging
            sock.settimeout(30)
            try:
                data = sock.recv(1000)
            except ConnectionResetError:
                data = b""
            assert data == b"" or data.startswith(b"HTTP/1.1 503") or b" 408 " in data[:20]
    finally:
        for sock in idle:
            sock.close()


def test_a_briefing_linked_out_of_the_workspace_is_not_served(tmp_path: Path) -> None:
    workspace, outside = tmp_path / "space", tmp_path / "elsewhere"
    briefing = make_workspace(workspace)
    shutil.copytree(briefing.parent, outside)
    secret = outside / "secret.yaml"
    secret.write_text(briefing.read_text(encoding="utf-8").replace(
        "id: us-turkey-caatsa-sanctions", "id: secret-brief", 1), encoding="utf-8")
    (briefing.parent / "secret.yaml").symlink_to(secret)
    server = ServeProcess(workspace)
    try:
        _, index = server.get("/")
        assert "secret" not in index and f'href="{PAGE}"' in index
        assert server.get("/b/secret/")[0] == 404
        assert "not served" in server.output() or "leads out of the workspace" in server.output(), server.output()
    finally:
        server.stop()
