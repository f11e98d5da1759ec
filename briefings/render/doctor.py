"""``briefings doctor``: can this machine make PDFs, and if not, what to install.

Four checks, each a :class:`Check` with what to do when it fails:

* Pango and its companions load (WeasyPrint cannot start without them);
* libharfbuzz-subset0, optional: without it fonts are subset more slowly;
* the fonts: the packaged families (what briefs use, so they look the same everywhere) and
  how many fonts the system has (only templates that ask for system fonts need them);
* a trial layout, in a child process, because a machine without a usable font can crash
  Pango outright rather than raise.
"""

from __future__ import annotations

import subprocess
import sys
from dataclasses import dataclass

from briefings.errors import SystemLibraryMissing
from briefings.render.engine import require_weasyprint
from briefings.render.fontfaces import font_files
from briefings.render.system import INSTALL_HINT, font_problem

_TRIAL = """
from briefings.render.pdf import Layout
import pathlib, sys
html = ("<html><body style='font-family: \\"Source Serif 4\\"'><p>Briefing: <b>bold</b> "
        "<i>italic</i> <span style='font-family: \\"Source Sans 3\\"'>sans \u011f \u2192</span>"
        "</p></body></html>")
pdf = Layout(html, base_dir=pathlib.Path("."), allowed_roots=[], name="doctor").write(
    variant="untagged")
sys.stdout.write(str(len(pdf)))
"""


@dataclass(frozen=True)
class Check:
    """One thing the machine needs: whether it is there, what was found, what to do."""

    name: str
    ok: bool
    found: str
    advice: str = ""
    optional: bool = False  # PDFs are made without it (more slowly): not a failure


def check_pango() -> Check:
    """WeasyPrint loads (Pango, HarfBuzz, fontconfig are present)."""
    try:
        weasyprint = require_weasyprint()
    except SystemLibraryMissing as error:
        return Check("Pango", False, "not found", str(error))
    version = weasyprint.text.ffi.pango.pango_version()
    found = f"Pango {version // 10000}.{version // 100 % 100}.{version % 100}, " \
            f"WeasyPrint {weasyprint.__version__}"
    return Check("Pango", True, found)


def check_fonts() -> Check:
    """The packaged font files, and the system's fonts (needed only when a template asks)."""
    packaged = [path for path in font_files() if path.is_file()]
    system = _system_font_count()
    found = f"{len(packaged)} packaged font files; {system} system fonts"
    if len(packaged) < len(font_files()):
        return Check("fonts", False, found, "packaged fonts are missing: reinstall briefings")
    advice = "" if system else (f"no system fonts: briefs still build with the packaged fonts; "
                                f"a template that asks for system fonts needs them ({INSTALL_HINT})")
    return Check("fonts", True, found, advice)


def _system_font_count() -> int:
    try:
        fontconfig = require_weasyprint().text.ffi.fontconfig
    except SystemLibraryMissing:
        return 0
    config = fontconfig.FcInitLoadConfigAndFonts()
    try:
        fonts = fontconfig.FcConfigGetFonts(config, 0)  # FcSetSystem
        return int(fonts.nfont) if fonts else 0
    finally:
        fontconfig.FcConfigDestroy(config)


def check_layout(timeout: float = 60.0) -> Check:
    """Lay a line out in every packaged style, in a child process (a crash is an answer too)."""
    try:
        done = subprocess.run([sys.executable, "-c", _TRIAL], capture_output=True, text=True,
                              timeout=timeout)
    except subprocess.TimeoutExpired:
        return Check("trial PDF", False, f"no answer in {timeout:.0f} s", INSTALL_HINT)
    if done.returncode == 0:
        return Check("trial PDF", True, f"{done.stdout.strip()} bytes")
    last = (done.stderr.strip().splitlines() or ["crashed without a message"])[-1]
    return Check("trial PDF", False, last, font_problem(done.stderr) or INSTALL_HINT)


def check_harfbuzz_subset() -> Check:
    """Whether WeasyPrint found libharfbuzz-subset0, with which it subsets the embedded fonts
    about 1.5x faster (and which its future versions will require). Call after Pango loads."""
    if require_weasyprint().text.ffi.harfbuzz_subset is None:
        return Check("HarfBuzz subset", False, "libharfbuzz-subset0 not found",
                     "apt-get install libharfbuzz-subset0 (PDFs are made without it, "
                     "about 1.5x slower)", optional=True)
    return Check("HarfBuzz subset", True, "libharfbuzz-subset0 present")


def run_checks() -> list[Check]:
    """Every check, in order; HarfBuzz subset and the layout are tried only when Pango loads."""
    checks = [check_pango(), check_fonts()]
    if checks[0].ok:
        checks += [check_harfbuzz_subset(), check_layout()]
    return checks
