"""No function in the package over cyclomatic complexity 15 as radon counts it (each boolean
operator is a branch, which ruff's mccabe check does not count), so every function can be read
in one sitting. The limit is checked here, in the suite, so CI cannot skip it."""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit

LIMIT = 15
PACKAGE = Path(__file__).resolve().parents[1] / "briefings"


def _complexities() -> dict[str, int]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            name = f"{block.classname}.{block.name}" if getattr(block, "classname", None) else block.name
            found[f"{path.relative_to(PACKAGE)}:{block.lineno}:{name}"] = block.complexity
    return found


def test_no_function_in_the_package_is_over_the_limit() -> None:
    found = _complexities()
    assert len(found) > 500, "radon found too few functions: the path is wrong"
    over = {name: cc for name, cc in found.items() if cc > LIMIT}
    assert not over, f"split these (radon cc > {LIMIT}): {over}"


def test_the_gate_counts_boolean_operators() -> None:
    source = "def f(a, b, c):\n    return a and b and c or a\n"
    assert cc_visit(source)[0].complexity == 4  # 1 + three boolean operators
