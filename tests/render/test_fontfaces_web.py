"""The WOFF2 copies the HTML edition embeds are current: made by tools/make_web_fonts.py from
the TrueType files packaged now (their hashes as the script recorded them), each the same font
(glyphs and character map) in another container."""

from __future__ import annotations

import hashlib

import pytest
from fontTools.ttLib import TTFont

from briefings.render.fontfaces import FACES, FONTS_DIR, WEB_FONTS_DIR, embed_fonts, web_font_name

NAMES = [name for *_, name in FACES]


def test_the_copies_were_made_from_the_packaged_files() -> None:
    recorded = dict(reversed(line.split("  ", 1)) for line in
                    (WEB_FONTS_DIR / "SOURCES.sha256").read_text(encoding="utf-8").splitlines())
    now = {name: hashlib.sha256((FONTS_DIR / name).read_bytes()).hexdigest() for name in NAMES}
    assert recorded == now, "a packaged font changed: run tools/make_web_fonts.py"


@pytest.mark.parametrize("name", NAMES)
def test_each_copy_is_the_same_font(name: str) -> None:
    original, copy = TTFont(FONTS_DIR / name), TTFont(WEB_FONTS_DIR / web_font_name(name))
    assert copy.flavor == "woff2"
    assert copy.getGlyphOrder() == original.getGlyphOrder()
    assert copy.getBestCmap() == original.getBestCmap()
    assert copy["name"].getDebugName(4) == original["name"].getDebugName(4)


def test_the_edition_carries_every_face_inside_its_head() -> None:
    page = embed_fonts("<html><head><title>t</title></head><body>b</body></html>")
    head = page.split("</head>")[0]
    assert head.count("@font-face") == len(FACES)
    assert head.count("url(data:font/woff2;base64,") == len(FACES)
    assert "url('briefings-font:" not in page
