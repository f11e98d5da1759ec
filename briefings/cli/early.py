"""Whether ``briefings build …`` will lay out a PDF, told from its command line before the CLI
loads, so that the command starts its render workers at once
(:func:`briefings.building.early_pool.started_early`).

Why: a render worker imports WeasyPrint as it starts (0.6–0.9 s of CPU), and the build starts
it only once it has planned, after the command has loaded its CLI, models, parser and templates
(0.3–0.5 s). Started as the command begins, on a second core, the import overlaps all of that,
not only the build's validation: the largest part of what a cold build of one brief adds to
plain ``weasyprint`` (see docs/benchmarks.md, "Fourth pass").

The decision is conservative, and cheap: it reads the command line and the dates of files,
never the configuration (whose models take as long to load as the rest). It says "start" for
``briefings build`` (after ``-v`` or ``-q``) when

* every option is one of the command's (:data:`VALUE_OPTIONS`, :data:`FLAGS`; a test checks
  them against the command), given in a form this reads (not ``--help``);
* ``--format`` names pdf, or is not given (the default formats name it);
* it names its briefings, and each is found (so that it starts the number of workers the build
  will ask for: one per core, or per brief if fewer, or ``--workers``);
* ``--force`` is given; or the output folder is known without the configuration (``--output``,
  or the workspace's ``output/`` when it has no configuration file) and its manifest is missing
  or older than a briefing named, which will then be built.

Otherwise the build decides as before, once it has planned. A wrong "start" (a configuration
without pdf, a brief touched but unchanged) costs a worker's start on another core, stopped
unused as the command ends; a wrong "don't" costs what every build cost before.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from briefings.constants import CONFIG_NAMES, DEFAULT_OUTPUT_FOLDER, MANIFEST_NAME, STATE_DIR
from briefings.load.discover import find_briefings

#: the options of ``briefings build`` that take a value, and its flags (a test checks both
#: against the command)
VALUE_OPTIONS = frozenset({"-o", "--output", "--format", "--config", "--workspace", "--workers",
                           "--pdf-variant", "--report"})
FLAGS = frozenset({"--strict", "--force", "--no-wait", "-v", "--verbose", "-q", "--quiet"})
#: the command group's own options, before the command's name (``-v`` counts: ``-vv``)
_GROUP_FLAGS = frozenset({"-v", "-vv", "-vvv", "--verbose", "-q", "--quiet"})


def workers_to_start(argv: Sequence[str]) -> tuple[int, int] | None:
    """The workers that the command ``briefings *argv`` starts as it begins, as the build
    will ask for them (``--workers``, 0 for one per core; the number of briefs named), or
    None unless its command line shows it will lay out a PDF (see the module's docstring)."""
    parsed = _build_arguments(argv)
    if parsed is None:
        return None
    options, paths = parsed
    formats = options.get("--format")
    if not paths or (formats is not None and "pdf" not in (f.strip() for f in formats.split(","))):
        return None
    files, problems = find_briefings(paths)
    if problems or not files or ("--force" not in options and not _out_of_date(files, options)):
        return None
    try:
        workers = int(options.get("--workers") or 0)
    except ValueError:
        return None
    return workers, len(files)


def is_build(argv: Sequence[str]) -> bool:
    """Whether ``briefings *argv`` is ``briefings build …`` in a form this reads."""
    return _build_arguments(argv) is not None


def _build_arguments(argv: Sequence[str]) -> tuple[dict[str, str], list[str]] | None:
    """``build``'s options (by their long names) and paths, or None: another command, or a
    command line this does not read (the CLI will say what is wrong with it, if anything)."""
    rest = list(argv)
    while rest and rest[0] in _GROUP_FLAGS:
        rest.pop(0)
    if not rest or rest[0] != "build":
        return None
    options: dict[str, str] = {}
    paths: list[str] = []
    tokens = iter(rest[1:])
    for token in tokens:
        if token == "--":
            paths.extend(tokens)
        elif not token.startswith("-") or token == "-":
            paths.append(token)
        elif not _read_option(token, tokens, options):
            return None
    return options, paths


def _read_option(token: str, tokens: Iterator[str], options: dict[str, str]) -> bool:
    """Put the option ``token`` (and its value, the next token unless given with ``=``) into
    ``options``; False when it is not one this reads, or lacks its value."""
    name, equals, value = token.partition("=")
    if token in FLAGS or token in _GROUP_FLAGS:
        options[token] = ""
        return True
    if token not in VALUE_OPTIONS and not (equals and name.startswith("--") and name in VALUE_OPTIONS):
        return False
    value = value if equals else next(tokens, "")
    options["--output" if name == "-o" else name] = value
    return bool(value)


def _out_of_date(files: list[Path], options: dict[str, str]) -> bool:
    """Whether the manifest of the output folder is missing or older than one of ``files``; False
    when the folder is not known without the configuration."""
    root = Path(options.get("--workspace") or ".")
    output = options.get("--output")
    if output is None:
        if "--config" in options or any((root / name).exists() for name in CONFIG_NAMES):
            return False  # the configuration may name another output folder
        output = str(root / DEFAULT_OUTPUT_FOLDER)
    try:
        built = (Path(output) / STATE_DIR / MANIFEST_NAME).stat().st_mtime
    except OSError:
        return True  # never built there
    try:
        return any(file.stat().st_mtime > built for file in files)
    except OSError:
        return False
