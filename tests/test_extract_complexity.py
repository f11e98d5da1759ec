"""No function in briefings/extract/ over cyclomatic complexity 15, counted by radon (which
counts each boolean operator), so a newcomer can read why a quote got its speaker.

Seventeen functions written before this gate are still over it; they are listed here by name
with their figure when the gate came in, to be split. The list can only shrink: a listed
function that has come down to 15 fails the test until it is struck off, and any other function
over 15 fails it at once.
"""

from __future__ import annotations

from pathlib import Path

from radon.complexity import cc_visit

LIMIT = 15
EXTRACT = Path(__file__).resolve().parents[1] / "briefings" / "extract"
NOT_YET_SPLIT = {  # "module:function": complexity when the gate came in
    "spans:_single_mark_role": 16,
    "shape:shape_problem": 16,
    "gender:Genders.__init__": 16,
    "joint:coordinated": 20,
    "clause:position_facts": 19,
}


def _complexities() -> dict[str, int]:
    found = {}
    for path in sorted(EXTRACT.rglob("*.py")):
        for block in cc_visit(path.read_text(encoding="utf-8")):
            name = f"{block.classname}.{block.name}" if getattr(block, "classname", None) else block.name
            found[f"{path.stem}:{name}"] = block.complexity
    return found


def test_no_new_function_in_extract_is_over_the_limit() -> None:
    over = {name: cc for name, cc in _complexities().items() if cc > LIMIT and name not in NOT_YET_SPLIT}
    assert not over, f"split these (radon cc > {LIMIT}): {over}"


def test_the_list_of_functions_not_yet_split_only_shrinks() -> None:
    found = _complexities()
    mended = [name for name in NOT_YET_SPLIT if found.get(name, 0) <= LIMIT]
    assert not mended, f"now at or under {LIMIT}: strike off NOT_YET_SPLIT {mended}"
    grown = {name: found[name] for name, cc in NOT_YET_SPLIT.items() if found[name] > cc}
    assert not grown, f"grew since the gate came in: {grown}"
