"""No function in briefings/extract/ over cyclomatic complexity 15, counted by radon (which
counts each boolean operator as a branch), so a newcomer can read why a quote got its speaker."""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit

LIMIT = 15
EXTRACT = Path(__file__).resolve().parents[1] / "briefings" / "extract"


def _complexities() -> dict[str, int]:
    found = {}
    for path in sorted(EXTRACT.rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            name = f"{block.classname}.{block.name}" if getattr(block, "classname", None) else block.name
            found[f"{path.relative_to(EXTRACT)}:{name}"] = block.complexity
    return found


def test_no_function_in_extract_is_over_the_limit() -> None:
    found = _complexities()
    assert found, "radon found no functions: the path is wrong"
    over = {name: cc for name, cc in found.items() if cc > LIMIT}
    assert not over, f"split these (radon cc > {LIMIT}): {over}"


def test_the_gate_counts_boolean_operators() -> None:
    source = "def f(a, b, c):\n    return a and b and c or a\n"
    assert cc_visit(source)[0].complexity == 4  # 1 + three boolean operators
