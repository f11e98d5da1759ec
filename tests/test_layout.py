"""The tests mirror the package, so a newcomer finds a module's tests where the module is.

Every subpackage ``briefings/<stage>/`` has its folder ``tests/<stage>/``, and every test file in
it is named after a module of that stage (``test_<module>.py``, or ``test_<module>_<aspect>.py``
when one module's tests are split by concern). Top-level test files are named after a top-level
module of the package or check the project as a whole.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "briefings"
TESTS = ROOT / "tests"
#: Test files about the project as a whole rather than one module.
PROJECT_WIDE = {"code_quality", "complexity", "docs", "hostile", "imports", "layout", "product", "properties",
                "scripts"}
#: Folders of tests/ that hold data or helpers, not a stage's tests.
NOT_STAGES = {"cases", "golden", "__pycache__"}


def _stages() -> list[str]:
    return sorted(p.parent.name for p in PACKAGE.glob("*/__init__.py"))


def _modules(folder: Path) -> set[str]:
    return {p.stem for p in folder.glob("*.py") if p.stem != "__init__"} | \
        {p.name for p in folder.iterdir() if (p / "__init__.py").is_file()}


def _named_after(test: Path, modules: set[str]) -> bool:
    name = test.stem.removeprefix("test_")
    return any(name == module or name.startswith(f"{module}_") for module in modules)


def test_every_stage_has_its_test_folder() -> None:
    stages = _stages()
    assert "extract" in stages, "the package was not found"
    missing = [stage for stage in stages if not list((TESTS / stage).glob("test_*.py"))]
    assert missing == []


def test_every_test_folder_is_a_stage() -> None:
    folders = {p.name for p in TESTS.iterdir() if p.is_dir()} - NOT_STAGES
    assert folders - set(_stages()) == set()


def test_every_test_file_is_named_after_a_module_of_its_stage() -> None:
    misplaced = [str(test.relative_to(TESTS)) for stage in _stages()
                 for test in (TESTS / stage).glob("test_*.py")
                 if not _named_after(test, _modules(PACKAGE / stage))]
    assert misplaced == []


def test_top_level_tests_are_named_after_a_top_level_module_or_the_project() -> None:
    modules = _modules(PACKAGE) | PROJECT_WIDE
    misplaced = [test.name for test in TESTS.glob("test_*.py") if not _named_after(test, modules)]
    assert misplaced == []
