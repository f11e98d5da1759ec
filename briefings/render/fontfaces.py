"""The packaged fonts as ``@font-face`` rules, which every PDF layout loads.

A brief must look the same on every machine, including one with no fonts installed, so the
renderer (:class:`briefings.render.pdf.Layout`) adds these rules to every document: a serif and
a sans family shipped inside the package (Source Serif 4 and Source Sans 3 from Adobe, SIL Open
Font License; the licences are beside the files in ``briefings/fonts``). The rules name each
file as ``briefings-font:<file>``: the confined fetcher serves exactly these names from the
package, wherever it is installed, and nothing else under that scheme. The HTML edition stays
self-contained (no font URLs); ``briefings serve`` links the same rules for the browser. A
template falls back to system fonts only if it names them.

The HTML edition is opened by a browser with no fetcher of ours, so it carries the same faces
inside itself (:func:`embed_fonts`): WOFF2 copies of the TrueType files as ``data:`` URIs in
its ``<style>``, about a third of the size. The copies are made once by
``tools/make_web_fonts.py`` and kept in ``briefings/fonts/web`` (a test checks they are
current); nothing is converted at run time.

The files are Adobe's TrueType fonts, unmodified (the licence reserves the name "Source" to
unmodified fonts, so they are not subset here; WeasyPrint embeds only the glyphs a brief uses).
TrueType rather than WOFF2, because decoding WOFF2 in Python costs seconds per layout.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

FONTS_DIR = Path(__file__).resolve().parents[1] / "fonts"
WEB_FONTS_DIR = FONTS_DIR / "web"

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


def web_font_name(name: str) -> str:
    """The file name of a face's WOFF2 copy: ``SourceSans3-Bold.ttf`` → ``SourceSans3-Bold.woff2``."""
    return name.rsplit(".", 1)[0] + ".woff2"


@lru_cache(maxsize=1)
def embedded_font_css() -> str:
    """The ``@font-face`` rules for every packaged face with the font inside, as WOFF2 ``data:``."""
    rules = [HEADER]
    for family, weight, style, name in FACES:
        data = base64.b64encode((WEB_FONTS_DIR / web_font_name(name)).read_bytes()).decode("ascii")
        rules.append(f"@font-face {{ font-family: '{family}'; font-style: {style}; "
                     f"font-weight: {weight}; font-display: swap; "
                     f"src: url(data:font/woff2;base64,{data}) format('woff2'); }}\n")
    return "".join(rules)


_HEAD_END = re.compile(r"</head\s*>", re.IGNORECASE)


def embed_fonts(page: str) -> str:
    """The HTML edition of ``page``: the packaged fonts in a ``<style>`` at the end of its head
    (at the start of the page when a template wrote no ``</head>``)."""
    style = f'<style id="briefings-fonts">\n{embedded_font_css()}</style>\n'
    found = _HEAD_END.search(page)
    if found is None:
        return style + page
    return page[:found.start()] + style + page[found.start():]
