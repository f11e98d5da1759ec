"""The HTML edition is one file that makes no request when it is opened.

Prose may name an image by URL, and a workspace template may add a stylesheet or a script;
in the PDF such a reference is fetched by the confined fetcher (or refused), but a browser
opening the HTML edition would fetch it from wherever it points — a tracking pixel, a file
share. :func:`requests_in` lists every reference a browser would load on its own (not the
links a reader may follow), and :func:`refuse_requests` fails the build when there is one.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from briefings.errors import BriefingError

#: Attributes whose URL a browser loads by itself, whatever the element.
_LOADED = ("src", "srcset", "data", "poster", "background", "formaction", "action", "ping",
           "xlink:href", "codebase", "manifest", "imagesrcset")
_CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]*)|@import\s+['"]([^'"]+)""", re.IGNORECASE)
_LINKS = ("a", "area")


class _References(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._in_style = tag == "style"
        for name, value in attrs:
            value = (value or "").strip()
            if name == "style":
                self._css(value)
            elif (name == "href" and tag not in _LINKS) or name in _LOADED:
                for url in re.split(r",\s*", value) if "srcset" in name else [value]:
                    if url and not url.lower().startswith("data:"):
                        self.found.append(url.split()[0])
            elif tag == "meta" and name == "content" and "url=" in value.lower():
                self.found.append(value)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self._css(data)

    def _css(self, css: str) -> None:
        for url, imported in _CSS_URL.findall(css):
            reference = (url or imported).strip()
            if reference and not reference.lower().startswith("data:"):
                self.found.append(reference)


def requests_in(html: str) -> list[str]:
    """Every URL a browser would fetch on opening ``html`` (``data:`` URIs excepted)."""
    parser = _References()
    parser.feed(html)
    parser.close()
    return list(dict.fromkeys(parser.found))


def refuse_requests(html: str, name: str) -> None:
    """Fail with the URLs named when the HTML edition would make a request."""
    found = requests_in(html)
    if found:
        listed = "\n".join(f"  refused: {url}" for url in found)
        raise BriefingError(
            f"{name}: the HTML edition must make no request when opened, but it would fetch "
            f"what follows; remove it (images in prose are for the PDF only: build without "
            f"--format html) — nothing was written\n{listed}")
