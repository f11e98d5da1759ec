"""WeasyPrint's import: its native libraries are left to the dynamic linker on Linux, and a
library only the usual lookup finds is still found (briefings.render.engine)."""

from __future__ import annotations

import ctypes.util
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefings.render.engine import import_quickly, linker_finds_libraries

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

COUNT_LOOKUPS = textwrap.dedent("""
    import ctypes.util
    lookups = []
    usual = ctypes.util.find_library
    def counted(name):
        lookups.append(name)
        return usual(name)
    ctypes.util.find_library = counted
    import briefings.render.engine as engine
    print(len(lookups), engine._weasyprint is not None, ctypes.util.find_library is counted)
""")
LOADED = textwrap.dedent("""
    import importlib, sys
    importlib.import_module(sys.argv[1])
    from weasyprint.text import ffi
    names = ["gobject", "pango", "harfbuzz", "harfbuzz_subset", "harfbuzz_vector", "fontconfig",
             "pangoft2"]
    print(*(name for name in names if getattr(ffi, name, None) is not None))
""")


@linux_only
def test_weasyprint_loads_without_a_single_library_lookup() -> None:
    """Each lookup runs ldconfig, gcc and ld: WeasyPrint's usual import makes 14 of them."""
    process = subprocess.run([sys.executable, "-c", COUNT_LOOKUPS], capture_output=True,
                             text=True, timeout=60, check=True)
    assert process.stdout.split() == ["0", "True", "True"], process.stdout + process.stderr


@linux_only
def test_the_same_libraries_are_loaded_as_with_the_usual_lookup() -> None:
    """HarfBuzz's subsetter among them (it makes font subsetting faster)."""
    def loaded(module: str) -> list[str]:
        return subprocess.run([sys.executable, "-c", LOADED, module], capture_output=True,
                              text=True, timeout=60, check=True).stdout.split()

    quick = loaded("briefings.render.engine")
    assert quick == loaded("weasyprint")
    assert {"gobject", "pango", "harfbuzz", "fontconfig", "pangoft2"} <= set(quick)


@linux_only
def test_the_lookup_answers_not_found_only_inside_the_block() -> None:
    usual = ctypes.util.find_library
    with linker_finds_libraries():
        assert ctypes.util.find_library("c") is None
    assert ctypes.util.find_library is usual
    with pytest.raises(RuntimeError), linker_finds_libraries():
        raise RuntimeError("an import that fails otherwise")
    assert ctypes.util.find_library is usual


def _module(folder: Path, name: str, body: str, monkeypatch: pytest.MonkeyPatch) -> str:
    (folder / f"{name}.py").write_text(textwrap.dedent(body), encoding="utf-8")
    monkeypatch.syspath_prepend(str(folder))
    monkeypatch.delitem(sys.modules, name, raising=False)
    return name


@linux_only
def test_a_library_only_the_usual_lookup_finds_is_still_loaded(tmp_path, monkeypatch, capsys) -> None:
    name = _module(tmp_path, "needs_lookup", """
        import ctypes.util
        if ctypes.util.find_library("c") is None:
            print("could not import some external libraries")
            raise OSError("cannot load library 'c'")
        FOUND = True
    """, monkeypatch)
    assert import_quickly(name).FOUND
    assert "could not import" not in capsys.readouterr().out  # the first try's complaint: dropped


def test_a_library_missing_everywhere_raises_the_usual_error_once_on_stderr(tmp_path, monkeypatch, capsys) -> None:
    name = _module(tmp_path, "never_loads", """
        print("could not import some external libraries")
        raise OSError("cannot load library 'libpango-1.0-0'")
    """, monkeypatch)
    with pytest.raises(OSError, match="libpango-1.0-0"):
        import_quickly(name)
    printed = capsys.readouterr()
    assert printed.out == ""  # stdout is the command's output (a JSON report, say)
    assert printed.err.count("could not import") == 1


@linux_only
def test_a_json_report_stays_json_when_pango_cannot_load(tmp_path: Path) -> None:
    """WeasyPrint prints its complaint on stdout, in the fork server that shares the build's
    stdout: it goes to stderr, and the report on stdout stays one JSON document."""
    import json
    import os
    import shutil

    from conftest import ROOT, SEEDS

    broken = tmp_path / "lib"  # libraries the linker finds first, and cannot load
    broken.mkdir()
    for soname in ("libgobject-2.0.so.0", "libpango-1.0.so.0"):
        (broken / soname).write_bytes(b"not a shared object")
    shutil.copytree(SEEDS, tmp_path / "seeds")
    done = subprocess.run(
        [sys.executable, "-m", "briefings", "build", "seeds", "--report", "json"],
        cwd=tmp_path, capture_output=True, text=True, timeout=120,
        env={**os.environ, "PYTHONPATH": str(ROOT), "LD_LIBRARY_PATH": str(broken)})
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is False
    [brief] = report["briefings"]
    assert brief["status"] == "failed" and "needs the Pango text library" in brief["message"]
