"""Write the WOFF2 copies of the packaged fonts that the HTML edition embeds.

The HTML edition is one self-contained file, so it carries its fonts as ``data:`` URIs; WOFF2
is about a third of the TrueType size. Converting takes fontTools with Brotli, a few seconds
per face, so it is done here, once, rather than in every build; ``tests/render/test_fontfaces_web.py``
checks that the copies are current (made from the TrueType files now packaged, unchanged:
the licence reserves the name "Source" to unmodified fonts, and a format conversion is not a
modification). Run after replacing a font: ``.venv/bin/python tools/make_web_fonts.py``.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

from fontTools.ttLib import TTFont

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefings.render.fontfaces import FACES, FONTS_DIR, WEB_FONTS_DIR, web_font_name  # noqa: E402

MANIFEST = WEB_FONTS_DIR / "SOURCES.sha256"


def main() -> None:
    argparse.ArgumentParser(description="Write the WOFF2 copies of the packaged fonts "
                            f"into {WEB_FONTS_DIR.relative_to(ROOT)}/ and their manifest.").parse_args()
    WEB_FONTS_DIR.mkdir(exist_ok=True)
    lines = []
    for *_, name in FACES:
        source = FONTS_DIR / name
        font = TTFont(source)
        font.flavor = "woff2"
        font.save(WEB_FONTS_DIR / web_font_name(name), reorderTables=False)
        lines.append(f"{hashlib.sha256(source.read_bytes()).hexdigest()}  {name}\n")
        print(f"{name} → {web_font_name(name)}")
    MANIFEST.write_text("".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
