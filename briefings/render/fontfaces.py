"""The packaged fonts as ``@font-face`` rules, which every PDF layout loads.

A brief must look the same on every machine, including one with no fonts installed, so the
renderer (:class:`briefings.render.pdf.Layout`) adds these rules to every document: a serif and
a sans family shipped inside the package (Source Serif 4 and Source Sans 3 from Adobe, SIL Open
Font License; the licences are beside the files in ``briefings/fonts``). The rules name each
file as ``briefings-font:<file>``: the confined fetcher serves exactly these names from the
package, wherever it is installed, and nothing else under that scheme. The HTML edition stays
self-contained (no font URLs); ``briefings serve`` links the same rules for the browser. A
template falls back to system fonts only if it names them.

The files are Adobe's TrueType fonts, unmodified (the licence reserves the name "Source" to
unmodified fonts, so they are not subset here; WeasyPrint embeds only the glyphs a brief uses).
TrueType rather than WOFF2, because decoding WOFF2 in Python costs seconds per layout.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

FONTS_DIR = Path(__file__).resolve().parents[1] / "fonts"

FONT_SCHEME = "briefings-font:"

#: (family, weight, style, file) of every face shipped.
FACES = (
    ("Source Serif 4", "400", "normal", "SourceSerif4-Regular.ttf"),
    ("Source Serif 4", "400", "italic", "SourceSerif4-It.ttf"),
    ("Source Serif 4", "700", "normal", "SourceSerif4-Bold.ttf"),
    ("Source Sans 3", "400", "normal", "SourceSans3-Regular.ttf"),
    ("Source Sans 3", "400", "italic", "SourceSans3-It.ttf"),
    ("Source Sans 3", "700", "normal", "SourceSans3-Bold.ttf"),
)
_NAMES = frozenset(name for *_, name in FACES)

HEADER = """\
/* The fonts packaged with briefings: Source Serif 4 (4.5.1) and Source Sans 3 (3.52.0),
   (c) Adobe, with Reserved Font Name 'Source', SIL Open Font License 1.1: see
   briefings/fonts/LICENSE-*.md. The renderer serves briefings-font: URLs from the package,
   so a brief builds the same on a machine without fonts. */
"""


def font_files() -> list[Path]:
    """Every packaged font file, in the order the rules name them."""
    return [FONTS_DIR / name for *_, name in FACES]


def font_face_css(prefix: str = FONT_SCHEME) -> str:
    """The ``@font-face`` rules for every packaged face, each file named ``prefix + file``."""
    rules = [HEADER]
    for family, weight, style, name in FACES:
        rules.append(f"@font-face {{ font-family: '{family}'; font-style: {style}; "
                     f"font-weight: {weight}; src: url('{prefix}{name}') format('truetype'); }}\n")
    return "".join(rules)


@lru_cache(maxsize=len(FACES))
def packaged_font(url: str) -> bytes | None:
    """The bytes of the packaged font ``url`` names (``briefings-font:<file>``), else None."""
    if not url.startswith(FONT_SCHEME) or url[len(FONT_SCHEME):] not in _NAMES:
        return None
    return (FONTS_DIR / url[len(FONT_SCHEME):]).read_bytes()
