"""The stance map stays within a page's reach: a long stance column sets its parties side by
side, each box inside its column, every party still named in the text alternative."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from conftest import CASES

from briefings.load.yaml import load_briefing_file
from briefings.render.figures import STANCE_ORDER, stance_map
from briefings.schema.briefing import Stance

SVG = "{http://www.w3.org/2000/svg}"


@pytest.mark.parametrize("count", [1, 8, 9, 20, 24])
def test_a_long_column_goes_side_by_side_inside_its_column(count: int) -> None:
    base = load_briefing_file(CASES / "valid" / "minimal.yaml").briefing
    party = base.parties[0]
    parties = [party.model_copy(update={"id": f"p-{n}", "short_name": f"Side {n}"}) for n in range(count)]
    figure = stance_map(base.model_copy(update={"parties": parties}))
    root = ET.fromstring(figure.svg)
    rects = [{key: float(rect.get(key)) for key in ("x", "y", "width", "height")} for rect in root.iter(f"{SVG}rect")]
    headers = [r for r in rects if r["y"] == 2]
    column = headers[STANCE_ORDER.index(Stance.OPPOSES)]  # the minimal party opposes
    boxes = [r for r in rects if r["y"] > 2]
    assert len(boxes) == count
    for box in boxes:
        assert column["x"] <= box["x"] and box["x"] + box["width"] <= column["x"] + column["width"] + 0.1
    rows = len({box["y"] for box in boxes})
    assert rows <= 8
    assert all(f"Side {n}" in figure.alt for n in range(count))
