"""Load WeasyPrint once, and name the cause when the machine cannot run it.

WeasyPrint needs the Pango text library; without it, importing WeasyPrint raises an OSError
about a shared object, and without any font Pango can crash the process outright. Both are
problems of the machine, not bugs: :func:`require_weasyprint` turns the first into a
:class:`~briefings.errors.SystemLibraryMissing` that says what to install, and
:func:`briefings.render.system.font_problem` recognises the second from what the crashed process printed.
"""

from __future__ import annotations

import types

from briefings.errors import SystemLibraryMissing
from briefings.render.system import INSTALL_HINT

_weasyprint: types.ModuleType | None
_load_error: str | None = None
try:
    import weasyprint

    _weasyprint = weasyprint
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
