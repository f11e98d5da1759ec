"""A short brief does not leave most of a page blank before a section that would fit
(issue 22.5): every page but the last is at least 55 % filled, read from the rendered pages
(poppler's pdftoppm), for the seed and for a brief whose stance map is tall (twenty parties
on one side), the figure a heading keeps with it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import CASES, SEED_BRIEFING

import briefings
from briefings.building.workspace import Workspace

PDFTOPPM = shutil.which("pdftoppm")
pytestmark = pytest.mark.skipif(not PDFTOPPM, reason="needs poppler-utils (pdftoppm)")

DPI = 30
TOP_MARGIN_MM, BOTTOM_MARGIN_MM = 21, 19  # as briefing.css's @page
MAX_BLANK = 0.45


def _blank_fractions(pdf: Path, folder: Path) -> list[float]:
    """For each page, the share of its text area below the last ink."""
    from PIL import Image

    subprocess.run([PDFTOPPM, "-gray", "-r", str(DPI), str(pdf), str(folder / "page")], check=True, timeout=120)
    fractions = []
    for image_path in sorted(folder.glob("page-*.pgm")):
        image = Image.open(image_path)
        width, height = image.size
        top = round(TOP_MARGIN_MM / 25.4 * DPI)
        bottom = height - round(BOTTOM_MARGIN_MM / 25.4 * DPI)
        pixels = image.load()
        inked = [y for y in range(top, bottom) if any(pixels[x, y] < 160 for x in range(width))]
        fractions.append((bottom - max(inked, default=top)) / (bottom - top))
    return fractions


def _tall_stance_map(folder: Path) -> Path:
    shutil.copy(CASES / "valid" / "article.txt", folder)
    text = (CASES / "valid" / "minimal.yaml").read_text(encoding="utf-8")
    text = text.replace("id: minimal", "id: crowded").replace(
        "background: Some background.",
        "background: " + " ".join(["The dispute has drawn in a long list of parties."] * 12))
    for number in range(2, 21):
        text += (f"  - id: party-{number}\n    name: Party number {number}\n    short_name: P{number}\n"
                 f"    kind: state\n    position:\n      stance: opposes\n"
                 f"      summary: Party {number} rejects the measure as well.\n"
                 f"    no_quotes_reason: Nothing was reported.\n")
    path = folder / "crowded.yaml"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("make", [lambda folder: SEED_BRIEFING, _tall_stance_map], ids=["seed", "tall stance map"])
def test_no_page_but_the_last_is_mostly_blank(tmp_path: Path, make) -> None:
    source = make(tmp_path)
    report = briefings.build([source], workspace=Workspace.at(tmp_path), formats=["pdf"])
    assert report.ok, report.failed
    (pdf,) = (tmp_path / "output").glob("*.pdf")
    fractions = _blank_fractions(pdf, tmp_path)
    assert len(fractions) >= 2
    assert [round(f, 2) for f in fractions[:-1] if f > MAX_BLANK] == []
