"""The package's imports: no cycle between its modules, and few imports inside functions
(issue 23.3). An import inside a function hides a dependency from the reader and from the
layer contract; it is kept only where it saves start-up time that was measured, says so in a
comment (``# start-up: …``, with the figure) on the line above it or above the run of imports
it opens, and the count may only fall (``MAX_FUNCTION_LEVEL_IMPORTS``). The figures are in
docs/benchmarks.md."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "briefings"
#: imports inside functions (102 before issue 23.3, whose target was 25); lower it as they go
MAX_FUNCTION_LEVEL_IMPORTS = 22
#: what the comment above a function-level import says
REASON = "start-up"


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _is_type_checking(node: ast.If) -> bool:
    return isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING" or (
        isinstance(node.test, ast.Attribute) and node.test.attr == "TYPE_CHECKING")


def _imports(tree: ast.AST, in_function: bool = False) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    """Every import statement that runs, and whether it is inside a function (imports under
    ``if TYPE_CHECKING:`` never run, so they are left out)."""
    for node in ast.iter_child_nodes(tree):
        if isinstance(node, ast.If) and _is_type_checking(node):
            for other in node.orelse:
                yield from _imports(other, in_function)
            continue
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            yield node, in_function
        yield from _imports(node, in_function or isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                                    ast.Lambda)))


def _targets(node: ast.Import | ast.ImportFrom, modules: set[str]) -> set[str]:
    """The package's modules whose code an import statement needs: a name imported from a
    package is one of its modules or a name its ``__init__`` defines. (The parent packages
    that any import loads first are left out: they import their children, not the reverse.)"""
    if isinstance(node, ast.Import):
        return {alias.name for alias in node.names if alias.name in modules}
    base = node.module or ""
    found = {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in modules}
    defined_there = len(found) < len(node.names)
    return found | ({base} if base in modules and defined_there else set())


def _graph() -> tuple[dict[str, set[str]], list[str]]:
    files = {_module_name(path): path for path in PACKAGE.rglob("*.py")}
    modules = set(files)
    graph: dict[str, set[str]] = {name: set() for name in modules}
    inside: list[str] = []
    for name, path in files.items():
        for node, in_function in _imports(ast.parse(path.read_text(encoding="utf-8"))):
            graph[name] |= _targets(node, modules) - {name}
            if in_function:
                inside.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return graph, inside


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph[node]):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_imports_itself_through_others() -> None:
    """Counting imports inside functions too: such an import can hide a cycle, not break it."""
    graph, _ = _graph()
    assert _cycles(graph) == []


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_imports_inside_functions_do_not_grow() -> None:
    _, inside = _graph()
    assert len(inside) <= MAX_FUNCTION_LEVEL_IMPORTS, "\n".join(inside)


def _run_starts(tree: ast.AST) -> dict[int, int]:
    """For each import statement (by ``id``), the line of the first import of the run of
    consecutive import statements it belongs to: one comment explains a run."""
    starts: dict[int, int] = {}
    for node in ast.walk(tree):
        for name in ("body", "orelse", "finalbody"):
            statements = getattr(node, name, None)
            first: ast.stmt | None = None
            for statement in statements if isinstance(statements, list) else []:
                if isinstance(statement, (ast.Import, ast.ImportFrom)):
                    first = first or statement
                    starts[id(statement)] = first.lineno
                else:
                    first = None
    return starts


def _unexplained(source: str) -> list[int]:
    """The lines of imports inside functions without a ``# start-up: …`` comment directly
    above them or above the run of imports they belong to."""
    tree = ast.parse(source)
    lines = source.splitlines()
    starts = _run_starts(tree)
    missing = []
    for node, in_function in _imports(tree):
        first = starts[id(node)]
        above = lines[first - 2].strip() if first >= 2 else ""
        if in_function and not (above.startswith("#") and REASON in above):
            missing.append(node.lineno)
    return missing


def test_every_import_inside_a_function_says_what_it_saves() -> None:
    unexplained = [f"{path.relative_to(ROOT)}:{line}" for path in sorted(PACKAGE.rglob("*.py"))
                   for line in _unexplained(path.read_text(encoding="utf-8"))]
    assert unexplained == [], "\n".join(unexplained)


def test_the_comment_check_finds_an_unexplained_import() -> None:
    source = """import os


def explained():
    # start-up: json costs 1 ms; only this needs it
    import json
    import re

    return json, re


def unexplained():
    x = 1
    # json is needed here
    import json

    return json, x


def after_code():
    # start-up: a comment above the run, not above this import
    import re
    y = 2
    import json

    return re, json, y
"""
    assert _unexplained(source) == [15, 24]
