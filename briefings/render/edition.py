"""The HTML edition as it is written: whatever the template wrote, it makes no request and runs
no script when opened, and its links follow the link policy.

A workspace template is untrusted and HTML has too many ways to reach out (inline and
``data:`` scripts, CSS escapes, ``@import`` without a space, ``srcdoc``, ``object``/``embed``/
``link`` with ``data:`` URLs, meta refresh…) to find them all, so the guarantee does not depend
on finding them. The package, not the template, puts a Content-Security-Policy at the top of the
page (:data:`CSP`: no script, no request; styles inline, images and fonts as ``data:`` only)
and, after templating, takes out what a policy cannot stop: links outside the link policy
(:mod:`briefings.render.links`), meta refresh (a navigation, which no policy governs) and
``<base>``. Then the result is read again with an HTML5 parser — the tree a browser builds —
and the build fails, naming what it found, if the policy is not the first thing in the head or
a refused link or refresh is still there (Python's tokenizer and a browser's can disagree on
hostile markup).
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser
from itertools import accumulate

from briefings.errors import BriefingError
from briefings.render.links import allowed_link

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:; "
       "base-uri 'none'; form-action 'none'")
CSP_META = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
_PLAIN_START = re.compile(  # <!DOCTYPE html> <html lang="en"> <head>, and nothing else before
    r'\A\s*<!DOCTYPE html>\s*<html(?:\s+[a-z-]+="[^"<>]*")*\s*>\s*<head>', re.IGNORECASE)
_DOCTYPE = re.compile(r"\A\s*<!DOCTYPE[^>]*>", re.IGNORECASE)
_XHTML = "{http://www.w3.org/1999/xhtml}"
_HREF = ("href", "xlink:href")  # an SVG <a> may name its target either way
_HREF_ATTRIBUTES = ("href", "{http://www.w3.org/1999/xlink}href")


class EditionRefused(BriefingError):
    """The HTML edition could not be made to follow its policy; nothing is written."""


def _refresh(tag: str, attrs: list[tuple[str, str | None]]) -> bool:
    return tag == "meta" and any(name == "http-equiv" and (value or "").strip().lower() == "refresh"
                                 for name, value in attrs)


class _Rewriter(HTMLParser):
    """The start tags to change, as (start, end, replacement) offsets into the page."""

    def __init__(self, page: str):
        super().__init__(convert_charrefs=True)
        self.page = page
        self.line_starts = [0, *accumulate(len(line) for line in page.splitlines(keepends=True))]
        self.edits: list[tuple[int, int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if _refresh(tag, attrs) or tag == "base":
            self._replace("")
        elif tag in ("a", "area") and any(name in _HREF and not allowed_link(value or "")
                                          for name, value in attrs):
            kept = "".join(f' {name}="{html.escape(value or "")}"' for name, value in attrs
                           if name not in _HREF)
            self._replace(f"<{tag}{kept}>")

    handle_startendtag = handle_starttag

    def _replace(self, replacement: str) -> None:
        line, column = self.getpos()
        start = self.line_starts[line - 1] + column
        raw = self.get_starttag_text() or ""
        if self.page.startswith(raw, start):
            self.edits.append((start, start + len(raw), replacement))


def _without_refused_markup(page: str) -> str:
    parser = _Rewriter(page)
    parser.feed(page)
    parser.close()
    for start, end, replacement in reversed(parser.edits):
        page = page[:start] + replacement + page[end:]
    return page


def _with_policy(page: str) -> str:  # deterministic: what safe_page checked is what is written
    """``page`` with :data:`CSP_META` before anything the template wrote (after the doctype,
    and inside ``<head>`` when the page starts as the packaged template does)."""
    plain = _PLAIN_START.match(page)
    if plain:
        return f"{page[:plain.end()]}\n{CSP_META}{page[plain.end():]}"
    return f"<!DOCTYPE html>\n{CSP_META}\n{_DOCTYPE.sub('', page, count=1)}"


def safe_page(page: str, name: str) -> str:
    """The page with refused links, refreshes and ``<base>`` taken out, checked as a browser
    would read it once :func:`html_edition` has put the policy on top (:class:`EditionRefused`
    if it would not hold). Also what ``serve`` shows, under its own policy header."""
    safe = _without_refused_markup(page)
    problems = _problems(html_edition(safe))
    if problems:
        listed = "\n".join(f"  {problem}" for problem in problems)
        raise EditionRefused(f"{name}: the HTML edition cannot be made to follow its policy (no "
                             f"request, no script, links only to the web, e-mail or the page "
                             f"itself) — nothing was written; change the template\n{listed}")
    return safe


def html_edition(page: str) -> str:
    """The HTML edition as written: ``page`` (made safe by :func:`safe_page`) with the policy
    before anything the template wrote."""
    return _with_policy(page)


def _problems(edition: str) -> list[str]:
    """What a browser's reading of ``edition`` shows against the policy."""
    # start-up: tinyhtml5 (with xml.etree) ~11 ms, +1 % on validate's imports (api → jobs → here)
    import tinyhtml5

    root = tinyhtml5.parse(edition)
    problems = []
    head = root.find(f"{_XHTML}head")
    first = head[0] if head is not None and len(head) else None
    if first is None or first.tag != f"{_XHTML}meta" or first.get("content") != CSP:
        problems.append("the Content-Security-Policy is not the first element of the head")
    for element in root.iter():
        tag = str(element.tag).rpartition("}")[2]  # HTML, SVG and MathML alike
        targets = [element.get(name) for name in _HREF_ATTRIBUTES if element.get(name) is not None]
        if tag in ("a", "area") and not all(allowed_link(str(target)) for target in targets):
            problems.append(f"a link to {targets}")
        elif tag == "base" or _refresh(tag, list(element.attrib.items())):
            problems.append(f"a <{tag}> element ({dict(element.attrib)})")
    return problems
