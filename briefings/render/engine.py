"""Load WeasyPrint once, quickly, and name the cause when the machine cannot run it.

WeasyPrint needs the Pango text library; without it, importing WeasyPrint raises an OSError
about a shared object, and without any font Pango can crash the process outright. Both are
problems of the machine, not bugs: :func:`require_weasyprint` turns the first into a
:class:`~briefings.errors.SystemLibraryMissing` that says what to install, and
:func:`briefings.render.system.font_problem` recognises the second from what the crashed process printed.

On Linux the import is also made quicker (:func:`linker_finds_libraries`): it is the largest
part of a cold build's wait besides the layout itself.
"""

from __future__ import annotations

import contextlib
import ctypes.util
import importlib
import io
import sys
import types
from collections.abc import Iterator

from briefings.errors import SystemLibraryMissing
from briefings.render.system import INSTALL_HINT


@contextlib.contextmanager
def linker_finds_libraries() -> Iterator[None]:
    """While WeasyPrint loads its native libraries on Linux, leave finding them to the dynamic
    linker: ``ctypes.util.find_library`` answers "not found" at once.

    Why: WeasyPrint tries each library under the names of several platforms in turn
    ("libgobject-2.0-0", "gobject-2.0-0", "gobject-2.0", "libgobject-2.0.so.0", …), and cffi
    looks every name that does not load as given up with ``find_library``, which on Linux runs
    ``ldconfig``, then ``gcc``, then ``ld``, one process after another: 22 lookups, 16 of them
    failing (the Windows and macOS spellings, a library that is not installed), about 0.13 s
    of every cold build (the import took 0.43 s with them, 0.30–0.33 s without, on the
    benchmark machine). Each list also holds the library's Linux soname
    ("libgobject-2.0.so.0"), which the linker loads from where it would load any library
    (``LD_LIBRARY_PATH``, its cache, the system folders).
    """
    if not sys.platform.startswith("linux"):
        yield
        return
    lookup = ctypes.util.find_library
    ctypes.util.find_library = _not_found
    try:
        yield
    finally:
        ctypes.util.find_library = lookup


def _not_found(name: str) -> None:
    return None


def import_quickly(module: str) -> types.ModuleType:
    """Import ``module`` (WeasyPrint) with :func:`linker_finds_libraries`; if a library is then
    missed, import it again with the usual lookup, which may find a library the linker does not
    (on a path only the compiler searches), and which raises the usual error if none does.

    WeasyPrint prints its complaint about a missing library on stdout, where it would land in
    the middle of a command's output (``build --report json``): the first attempt's is dropped
    (it would be printed twice), the second's goes to stderr."""
    try:
        with linker_finds_libraries(), contextlib.redirect_stdout(io.StringIO()):
            return importlib.import_module(module)
    except OSError:
        with contextlib.redirect_stdout(sys.stderr):
            return importlib.import_module(module)


_weasyprint: types.ModuleType | None
_load_error: str | None = None
try:
    _weasyprint = import_quickly("weasyprint")
except OSError as error:  # a shared library (Pango, GObject, HarfBuzz) is missing
    _weasyprint, _load_error = None, str(error).splitlines()[0]
else:
    from briefings.render import pdf as _pdf  # noqa: F401 - preloaded with the engine


def require_weasyprint() -> types.ModuleType:
    """WeasyPrint, or a clear SystemLibraryMissing naming the missing library."""
    if _weasyprint is None:
        raise SystemLibraryMissing(
            f"PDF output needs the Pango text library, which this machine lacks "
            f"({_load_error}); {INSTALL_HINT}")
    return _weasyprint
