"""A refused feed entry is reported with its link as the feed writes it (a relative path, odd
casing, ``file:///``, a link under ``xml:base``), so the analyst can find the entry in the feed;
what the link was resolved to follows. Against a feed server on 127.0.0.1."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from briefings.ingest.feeds import _written_links
from tests.feedserver import FeedServer
from tests.ingest.test_feeds import run, workspace


@pytest.fixture
def server():
    with FeedServer() as running:
        yield running


def rss(items: str) -> bytes:
    return (f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Harbour news</title>\n{items}\n'
            "</channel></rss>\n").encode()


def test_a_refused_entry_is_named_by_its_link_as_written(tmp_path: Path, server: FeedServer) -> None:
    port = server.base.rsplit(":", 1)[1]
    written = ["/news/Pier%7eClosed?id=7&from=feed#top", f"HTTP://127.0.0.1:{port}/news/Ferry-Strike",
               "file:///etc/hosts"]
    server.pages["/links.xml"] = rss("".join(
        f"<item><title>Item {n}</title><link> {link.replace('&', '&amp;')} </link></item>\n"
        for n, link in enumerate(written)))
    workspace(tmp_path, server.base, ("links.xml",))
    problems = run(tmp_path).problems
    assert len(problems) == 3, problems
    relative, casing, local = sorted(problems, key=lambda text: [w in text for w in written].index(True))
    assert relative.startswith(f"{written[0]}: HTTP 404 (the entry's link as the feed writes it; resolved to "
                               f"{server.base}/news/Pier%7eClosed?id=7&from=feed)")
    assert casing.startswith(f"{written[1]}: HTTP 404 (the entry's link as the feed writes it; resolved to "
                             f"{server.base}/news/Ferry-Strike)")
    assert local.startswith("refused file:///etc/hosts: only http or https addresses are fetched")
    assert "/news/Pier%7eClosed?id=7&from=feed" in server.paths()  # fetched as resolved


def test_an_atom_link_under_xml_base_is_reported_as_written(tmp_path: Path, server: FeedServer) -> None:
    server.pages["/atom.xml"] = (
        f'<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{server.base}/news/">'
        '<title>Harbour news</title><id>urn:harbour</id>'
        '<entry><title>Pier</title><id>urn:1</id><link rel="self" href="1.atom"/>'
        '<link href="Gone/Pier.html"/></entry></feed>\n').encode()
    workspace(tmp_path, server.base, ("atom.xml",))
    (problem,) = run(tmp_path).problems
    assert problem.startswith("Gone/Pier.html: HTTP 404 (the entry's link as the feed writes it; "
                              f"resolved to {server.base}/news/Gone/Pier.html)")


def test_a_link_written_as_it_is_fetched_is_named_once(tmp_path: Path, server: FeedServer) -> None:
    server.pages["/plain.xml"] = rss(f"<item><title>Gone</title><link>{server.base}/news/gone</link></item>")
    workspace(tmp_path, server.base, ("plain.xml",))
    assert run(tmp_path).problems == [f"{server.base}/news/gone: HTTP 404"]


@pytest.mark.parametrize("feed, why", [
    (rss("<item><link>/a</link></item><item><link>/b</link></item>").replace(b"</channel>", b""),
     "not well-formed"),
    (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY page "b">]>'
     b'<rss version="2.0"><channel><item><link>/a/&page;</link></item></channel></rss>',
     "an entity, left unexpanded, so the link does not end as feedparser's does"),
])
def test_links_are_not_guessed_when_the_xml_does_not_line_up(feed: bytes, why: str) -> None:
    entries = feedparser.parse(feed).entries
    assert entries, why
    assert _written_links(feed, entries) == [None] * len(entries), why
