"""Issue 20, point 5: a workspace template cannot make the HTML edition phone home, nor put a
link to a file, a share or a script into the PDF.

Each hostile page template is built with the real CLI (``briefings build --format html``) and
the edition, if one is written, opened in headless Chromium while a loopback listener waits:
the listener must receive nothing. The same markup is also turned into an edition directly
(without the build's early refusal of the requests it recognises), to show that the
Content-Security-Policy alone holds. The PDF's links are read back with pypdf.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CASES

from briefings.cli.app import main
from briefings.render.edition import CSP, EditionRefused, html_edition, safe_page

CHROMIUM, DRIVER = shutil.which("chromium"), shutil.which("chromedriver")
needs_chromium = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                    reason="needs Debian's chromium and chromium-driver")


class Listener:
    """A loopback TCP listener that records the first line of every connection it gets."""

    def __init__(self) -> None:
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(16)
        self.url = f"http://127.0.0.1:{self.socket.getsockname()[1]}"
        self.received: list[str] = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self.socket.accept()
            except OSError:
                return
            connection.settimeout(1)
            try:
                first = connection.recv(200).split(b"\r\n", 1)[0].decode("latin-1")
            except OSError:
                first = "(a connection, no request)"
            self.received.append(first or "(a connection, no request)")
            connection.close()

    def close(self) -> None:
        self.socket.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


#: Ways a page can reach out when opened, each marked with its own path on the listener.
PHONING_HOME = {
    "inline script": '<script>fetch("{u}/inline-script")</script>',
    "data: script": "<script src=\"data:text/javascript,fetch('{u}/data-script')\"></script>",
    "event handler": "<img src=\"data:,\" onerror=\"fetch('{u}/onerror')\">",
    "CSS escape in url()": '<div style="background: u\\72l({u}/css-escape)">x</div>',
    "@import without a space": '<style>@import"{u}/import";</style>',
    "escaped @import": '<style>@\\69mport "{u}/import-escape";</style>',
    "srcdoc": "<iframe srcdoc=\"<img src='{u}/srcdoc'><script>fetch('{u}/srcdoc-script')</script>\"></iframe>",
    "object with a data: URL": "<object data=\"data:text/html,<img src='{u}/object'>\"></object>",
    "embed with a data: URL": "<embed src=\"data:text/html,<img src='{u}/embed'>\">",
    "link with a data: URL": '<link rel="stylesheet" href="data:text/css,@import url({u}/link);">',
    "meta refresh without url=": '<meta http-equiv="refresh" content="0; {u}/refresh">',
    "script inside SVG": '<svg><script>fetch("{u}/svg-script")</script></svg>',
    "base for relative requests": '<base href="{u}/base/"><a href="page">relative</a>',
}


@pytest.fixture
def ws(tmp_path: Path) -> Path:
    shutil.copytree(CASES / "valid", tmp_path / "ws" / "briefings")
    (tmp_path / "ws" / "templates").mkdir()
    return tmp_path / "ws"


def _template(ws: Path, markup: str) -> None:
    (ws / "templates" / "page.html.j2").write_text(
        '{% extends "default:page.html.j2" %}{% block body %}' + markup + "{{ super() }}{% endblock %}",
        encoding="utf-8")


def _build(ws: Path, formats: str) -> int:
    return main(["build", str(ws / "briefings" / "minimal.yaml"), "--workspace", str(ws),
                 "--format", formats, "--force"])


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    if not (CHROMIUM and DRIVER):
        pytest.skip("needs Debian's chromium and chromium-driver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--no-first-run", "--disable-background-networking", "--disable-extensions"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=DRIVER))
    yield driver
    driver.quit()


def _open(browser: object, page: Path) -> None:
    """Open ``page`` and give it time to do what it would (a refresh after 0 s, a fetch)."""
    browser.get_log("browser")  # type: ignore[attr-defined]  # what earlier pages logged
    browser.get(page.as_uri())  # type: ignore[attr-defined]
    deadline = time.monotonic() + 10
    while browser.execute_script("return document.readyState") != "complete":  # type: ignore[attr-defined]
        assert time.monotonic() < deadline, "the page never finished loading"
        time.sleep(0.05)
    time.sleep(1.0)


@needs_chromium
@pytest.mark.parametrize("markup", PHONING_HOME.values(), ids=PHONING_HOME.keys())
def test_a_template_cannot_make_the_edition_phone_home(markup: str, ws: Path, listener: Listener,
                                                       browser: object, capsys) -> None:
    _template(ws, markup.format(u=listener.url))
    status = _build(ws, "html")
    edition = ws / "output" / "minimal.html"
    if status != 0:  # refused at build time, naming why; then there is nothing to open
        assert "the HTML edition must make no request" in capsys.readouterr().err
        assert not edition.exists()
        return
    text = edition.read_text(encoding="utf-8")
    assert text.index(CSP) < text.index("<body>")
    _open(browser, edition)
    assert listener.received == []


@needs_chromium
def test_the_policy_alone_stops_every_form(ws: Path, listener: Listener, browser: object) -> None:
    """Every form in one page, made an edition without the build's early refusal: the policy
    and the removal of refresh, base and refused links are what stops them."""
    from briefings.render.page import render_page
    from briefings.render.templates import html_environment
    from briefings.validation.run import validate_paths

    _template(ws, "".join(markup.format(u=listener.url) for markup in PHONING_HOME.values()))
    (loaded,), _ = validate_paths([ws / "briefings" / "minimal.yaml"])
    page = render_page(loaded.briefing, html_environment([ws / "templates"]))
    assert f"{listener.url}/refresh" in page and "<script>" in page  # the template wrote them
    edition = ws / "edition.html"
    edition.write_text(html_edition(safe_page(page, "minimal")), encoding="utf-8")
    _open(browser, edition)
    assert listener.received == []


@needs_chromium
def test_an_ordinary_edition_is_untouched_by_the_policy(ws: Path, browser: object) -> None:
    """The packaged template's edition shows its styles and figures under the policy, with no
    complaint in the browser's log (what the policy forbids is only what an edition never needs)."""
    from selenium.webdriver.common.by import By

    assert _build(ws, "html") == 0
    _open(browser, ws / "output" / "minimal.html")
    title = browser.find_element(By.CSS_SELECTOR, "h1.title")  # type: ignore[attr-defined]
    assert title.text == "A minimal briefing"
    assert title.value_of_css_property("font-size") != "32px"  # the style sheet applied (not the default h1)
    severe = [entry for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]  # type: ignore[attr-defined]
    assert severe == []


REFUSED_LINKS = ('<a href="file:///etc/passwd">file</a> <a href="smb://host/share">share</a> '
                 '<a href="javascript:alert(1)">script</a> <a href="java&#9;script:alert(2)">tabbed</a> '
                 '<a href="../../secret.txt">relative</a> '
                 '<a href="https://example.org/ok">web</a> <a href="mailto:desk@example.org">mail</a> '
                 '<a href="#sources">inside</a>')


def test_a_template_cannot_put_file_share_or_script_links_into_the_pdf(ws: Path) -> None:
    from pypdf import PdfReader

    _template(ws, REFUSED_LINKS)
    assert _build(ws, "pdf,html") == 0
    uris, internal = [], 0
    for page in PdfReader(ws / "output" / "minimal.pdf").pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
            elif action is not None or annotation.get_object().get("/Dest") is not None:
                internal += 1
    assert sorted(uris) == ["https://example.org/ok", "mailto:desk@example.org"]
    assert internal >= 1  # the anchor inside the document stays a link
    html = (ws / "output" / "minimal.html").read_text(encoding="utf-8")
    for word in ("file", "share", "script", "tabbed", "relative"):
        assert f"<a>{word}</a>" in html, word  # the words stay, without the link
    assert '<a href="https://example.org/ok">web</a>' in html and '<a href="#sources">inside</a>' in html


@pytest.mark.parametrize("page", [
    '<!DOCTYPE html><html><head></head><body><p>x</p></body></html>',
    '<script>1</script><!DOCTYPE html><html lang="en"><head></head><body></body></html>',
    '<html><head><title>t</title></head><body><a href="javascript:1">j</a></body></html>',
    '<!DOCTYPE html>\n<html lang="en" onload="x">\n<head>\n</head><body></body>',
])
def test_the_policy_is_the_first_thing_a_browser_reads(page: str) -> None:
    import tinyhtml5

    edition = html_edition(safe_page(page, "p"))
    head = tinyhtml5.parse(edition).find("{http://www.w3.org/1999/xhtml}head")
    assert head is not None and head[0].get("content") == CSP
    assert "javascript:" not in edition


def test_markup_the_rewrite_misses_fails_the_edition(monkeypatch: pytest.MonkeyPatch) -> None:
    """If Python's tokenizer and the browser's disagree (simulated: the rewrite does nothing),
    the HTML5 reading catches the refused link and nothing is written."""
    from briefings.render import edition

    monkeypatch.setattr(edition, "_without_refused_markup", lambda page: page)
    with pytest.raises(EditionRefused, match="(?s)minimal: the HTML edition cannot be made to follow its "
                                             "policy.*a link to \\['file:///etc/passwd'\\]"):
        safe_page('<!DOCTYPE html><html><head></head><body><a href="file:///etc/passwd">x</a>', "minimal")
