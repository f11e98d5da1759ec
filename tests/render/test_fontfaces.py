"""Fonts that travel with the package: the brief uses only the packaged families, the CSS is in
step with the font files, and a machine with no fonts at all builds the same PDF, byte for byte."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED_BRIEFING
from fontTools.ttLib import TTFont
from pypdf import PdfReader

from briefings.render.fontfaces import FACES, FONTS_DIR, font_face_css, font_files
from briefings.render.templates import default_template_dir

EMPTY_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig><cachedir>{cache}</cachedir></fontconfig>
"""


def test_the_rules_name_every_packaged_face() -> None:
    css = font_face_css()
    for family, weight, style, name in FACES:
        assert (f"font-family: '{family}'; font-style: {style}; font-weight: {weight}; "
                f"src: url('briefings-font:{name}')") in css


def test_each_file_is_the_face_the_css_says_with_its_licence() -> None:
    for family, weight, style, name in FACES:
        names = TTFont(FONTS_DIR / name)["name"]
        assert names.getDebugName(1) == family
        subfamily = names.getDebugName(2)
        assert ("Bold" in subfamily) == (weight == "700")
        assert ("Italic" in subfamily) == (style == "italic")
    for licence in ("LICENSE-SourceSerif4.md", "LICENSE-SourceSans3.md"):
        assert "SIL Open Font License" in (FONTS_DIR / licence).read_text()
    assert len(font_files()) == 6 and all(path.is_file() for path in font_files())


def test_the_default_stylesheet_names_only_packaged_families() -> None:
    css = (default_template_dir() / "briefing.css").read_text()
    packaged = {family for family, *_ in FACES}
    declared = re.findall(r"font(?:-family)?:\s*([^;]+);", css)
    families = {match.group(1) for value in declared
                for match in re.finditer(r'"([^"]+)"', value)}
    assert families and families <= packaged  # plus the generic serif, sans-serif (browsers)
    assert "DejaVu" not in css


def _build_pdf(out: Path, env: dict[str, str]) -> bytes:
    done = subprocess.run(
        [sys.executable, "-m", "briefings", "build", "--workspace", str(out), "-o",
         str(out / "output"), "--format", "pdf", str(SEED_BRIEFING)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return (out / "output" / f"{SEED_BRIEFING.stem}.pdf").read_bytes()


def test_a_machine_without_fonts_builds_the_same_pdf(tmp_path: Path) -> None:
    config = tmp_path / "fonts.conf"
    config.write_text(EMPTY_FONTCONFIG.format(cache=tmp_path / "cache"))
    bare = {**os.environ, "FONTCONFIG_FILE": str(config)}
    probe = subprocess.run(  # the empty configuration really has no fonts
        [sys.executable, "-c", "from briefings.render.doctor import _system_font_count as n;"
                               "print(n())"], env=bare, capture_output=True, text=True)
    assert probe.stdout.strip() == "0", probe.stderr
    normal = subprocess.run([sys.executable, "-c", "from briefings.render.doctor import "
                             "_system_font_count as n; print(n())"], capture_output=True, text=True)
    assert int(normal.stdout) > 0  # this machine has system fonts: the comparison means something
    here = _build_pdf(tmp_path / "here", dict(os.environ))
    without = _build_pdf(tmp_path / "bare", bare)
    assert here == without
    fonts = {str(font.get_object()["/BaseFont"]).split("+")[-1]
             for page in PdfReader(tmp_path / "here" / "output" / f"{SEED_BRIEFING.stem}.pdf").pages
             for font in page["/Resources"].get("/Font", {}).values()}
    assert fonts and all(name.startswith(("Source-Serif-4", "Source-Sans-3", "SourceSerif4",
                                          "SourceSans3")) for name in fonts), fonts


def test_doctor_says_what_works(capsys) -> None:
    from briefings.cli.app import EXIT_OK, main

    assert main(["doctor"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "ok       Pango: Pango 1." in out and "6 packaged font files" in out
    assert "PDF output works on this machine." in out


def test_doctor_names_the_packages_when_pango_is_missing(monkeypatch, capsys) -> None:
    from briefings.cli.app import EXIT_USER_ERROR, main
    from briefings.render import engine
    from briefings.render.system import APT_PACKAGES

    monkeypatch.setattr(engine, "_weasyprint", None)
    monkeypatch.setattr(engine, "_load_error", "cannot load library 'libpango-1.0-0'")
    assert main(["doctor"]) == EXIT_USER_ERROR
    captured = capsys.readouterr()
    assert "MISSING  Pango" in captured.out and APT_PACKAGES in captured.out
    assert "trial PDF" not in captured.out
    assert "will not work" in captured.err


@pytest.mark.parametrize("url", ["briefings-font:../../../etc/passwd", "briefings-font:/etc/passwd",
                                 "briefings-font:LICENSE-SourceSans3.md", "briefings-font:",
                                 "briefings-font:SourceSans3-Regular.ttf/../../x"])
def test_only_the_packaged_fonts_are_served_by_name(tmp_path: Path, url: str) -> None:
    from briefings.errors import ResourceRefused
    from briefings.render.fontfaces import packaged_font
    from briefings.render.pdf import Layout

    assert packaged_font(url) is None
    html = (f"<style>@font-face {{ font-family: X; src: url('{url}'); }} "
            "body { font-family: X; }</style><p>text</p>")
    with pytest.raises(ResourceRefused) as refused:
        Layout(html, base_dir=tmp_path, allowed_roots=[tmp_path], name="t").write()
    assert url in str(refused.value)


def test_a_packaged_font_is_served_from_the_package() -> None:
    from briefings.render.fontfaces import packaged_font

    assert packaged_font("briefings-font:SourceSerif4-Regular.ttf") == (
        FONTS_DIR / "SourceSerif4-Regular.ttf").read_bytes()
