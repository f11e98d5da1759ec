"""The consequence matrix, read by geometry: every marker lies wholly inside the cell of its
consequence's likelihood and impact, however many share a cell. The cell is found from the
SVG's coordinates alone — the rectangle around the marker, the row label level with it and
the column label under it — not from anything the drawing code says about itself."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import product

import pytest

from briefings.render.figures import consequence_matrix
from briefings.render.templates import enum_label
from briefings.schema.briefing import Impact, Likelihood

SVG = "{http://www.w3.org/2000/svg}"


def _labels(root: ET.Element) -> list[tuple[float, float, str]]:
    """(x, y, text) of every text line of the figure."""
    found = []
    for text in root.iter(f"{SVG}text"):
        for span in text.iter(f"{SVG}tspan"):
            y = float(text.get("y", 0)) + float(span.get("dy", 0))
            found.append((float(span.get("x", text.get("x", 0))), y, span.text or ""))
    return found


def _markers(rows: list[tuple[int, str, str, Likelihood, Impact]]) -> dict[int, tuple[str, str]]:
    """Each marker's number → (likelihood label, impact label) of the cell it lies in."""
    figure = consequence_matrix(rows)
    assert figure is not None
    root = ET.fromstring(figure.svg)
    cells = [tuple(float(rect.get(key)) for key in ("x", "y", "width", "height"))
             for rect in root.iter(f"{SVG}rect")]
    labels = _labels(root)
    impacts = {enum_label(i) for i in Impact}
    likelihood_words = {word for item in Likelihood for word in enum_label(item).split()}
    placed = {}
    for circle in root.iter(f"{SVG}circle"):
        cx, cy, r = (float(circle.get(key)) for key in ("cx", "cy", "r"))
        inside = [cell for cell in cells if cell[0] <= cx - r and cx + r <= cell[0] + cell[2]
                  and cell[1] <= cy - r and cy + r <= cell[1] + cell[3]]
        assert len(inside) == 1, f"marker at ({cx}, {cy}) is not wholly inside one cell"
        x, y, width, height = inside[0]
        number = next(int(text) for lx, ly, text in labels
                      if text.isdigit() and abs(lx - cx) < 0.5 and abs(ly - cy) < r)
        row = [text for lx, ly, text in labels if text in impacts and lx < x and y <= ly <= y + height]
        column = " ".join(text for lx, ly, text in labels if x <= lx <= x + width and ly > y + height
                          and set(text.split()) <= likelihood_words)
        assert len(row) == 1, f"marker {number}: no single impact label level with its cell"
        placed[number] = (column, row[0])
    return placed


@pytest.mark.parametrize("count", [1, 3, 6, 7, 11, 12, 20, 31])
def test_every_marker_stays_in_its_cell_however_many_share_it(count: int) -> None:
    crowded = [(n, "A", "a consequence", Likelihood.VERY_LIKELY, Impact.HIGH) for n in range(1, count + 1)]
    below = [(count + 1, "B", "another", Likelihood.VERY_LIKELY, Impact.MODERATE)]
    placed = _markers(crowded + below)
    assert len(placed) == count + 1
    for number in range(1, count + 1):
        assert placed[number] == ("Very likely", "High"), number
    assert placed[count + 1] == ("Very likely", "Moderate")


def test_every_cell_of_the_grid_holds_its_own_markers() -> None:
    rows, expected, number = [], {}, 0
    for likelihood, impact in product(Likelihood, Impact):
        for _ in range(1 + (likelihood.rank + impact.rank) % 5):  # 1 to 5 in each cell
            number += 1
            rows.append((number, "P", "text", likelihood, impact))
            expected[number] = (enum_label(likelihood), enum_label(impact))
    assert _markers(rows) == expected


def test_the_matrix_grows_only_as_its_cells_need() -> None:
    few = consequence_matrix([(1, "A", "x", Likelihood.LIKELY, Impact.LOW)])
    many = consequence_matrix([(n, "A", "x", Likelihood.LIKELY, Impact.LOW) for n in range(1, 13)])
    assert few is not None and many is not None
    height = [float(ET.fromstring(f.svg).get("height")) for f in (few, many)]
    assert height[0] < height[1]
