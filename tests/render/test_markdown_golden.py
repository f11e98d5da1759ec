"""Golden Markdown: the seed briefing must render exactly as tests/golden/ says.

Run ``pytest --update-golden`` after an intended change to the template or the seed, and
review the diff of tests/golden/ like code.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from conftest import CASES, GOLDEN, SEED_BRIEFING

from briefings.render.markdown import render_markdown
from briefings.render.templates import markdown_environment
from briefings.validation.run import validate_paths

GOLDEN_CASES = [
    (SEED_BRIEFING, GOLDEN / "us-turkey-caatsa-sanctions.md"),
    (CASES / "valid" / "minimal.yaml", GOLDEN / "minimal.md"),
]


@pytest.mark.parametrize(("source", "golden"), GOLDEN_CASES, ids=[g.name for _, g in GOLDEN_CASES])
def test_markdown_matches_golden(source: Path, golden: Path, update_golden: bool) -> None:
    (loaded,), _ = validate_paths([source])
    rendered = render_markdown(loaded.briefing, markdown_environment())
    if update_golden:
        golden.write_text(rendered, encoding="utf-8")
        pytest.skip(f"updated {golden.name}")
    expected = golden.read_text(encoding="utf-8")
    if rendered != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True), rendered.splitlines(keepends=True),
                fromfile=str(golden), tofile="rendered",
            )
        )
        pytest.fail(f"rendered Markdown differs from the golden file "
                    f"(run pytest --update-golden if intended):\n{diff}")


def test_every_golden_file_is_checked() -> None:
    assert {path.name for path in GOLDEN.glob("*.md")} == {g.name for _, g in GOLDEN_CASES}
