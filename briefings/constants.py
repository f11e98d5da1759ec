"""Every limit, default and fixed vocabulary that more than one module needs, stated once.

Modules import what they need from here instead of restating a value: a limit changed here
changes it everywhere (the model, the CLI's choices, the configuration, the renderer).
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

#: The version of briefings (read by the packaging too).
VERSION = "0.2.0"

# --------------------------------------------------------------------------- names

#: Briefing, party, source and schedule ids: lowercase words joined by hyphens (safe as file
#: names on every system, and in URLs).
SLUG_PATTERN = r"^[a-z0-9][a-z0-9-]*$"
SLUG_MAX_LENGTH = 80
#: File names Windows reserves whatever their extension; refused as ids that name files.
RESERVED_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
                            *(f"lpt{i}" for i in range(10))})
#: An absolute web address a source may name.
URL_PATTERN = r"^https?://[^\s<>\"]+$"

# --------------------------------------------------------------------------- outputs

OutputFormat = Literal["md", "pdf", "html"]
FORMATS: tuple[OutputFormat, ...] = ("md", "pdf", "html")
DEFAULT_FORMATS: tuple[OutputFormat, ...] = ("md", "pdf")

PdfVariant = Literal["pdf/ua-1", "pdf/a-3b", "untagged"]
#: The PDF variants a build can make, with what each is for.
PDF_VARIANTS: dict[str, str] = {
    "pdf/ua-1": "tagged, accessible PDF (PDF/UA-1): the default",
    "pdf/a-3b": "archival PDF/A-3b, tagged, carrying the briefing YAML and its sources",
    "untagged": "plain PDF without structure tags (smaller, not accessible)",
}
DEFAULT_PDF_VARIANT: PdfVariant = "pdf/ua-1"
#: A brief of at least this many pages gets a table of contents.
DEFAULT_TOC_MIN_PAGES = 8

# --------------------------------------------------------------------------- budgets

#: Seconds one briefing may spend in a render worker before it is stopped: its PDF layout, and
#: its text when the workspace has templates of its own (the build renders the text of the
#: packaged templates itself, bounded by the size limits).
DEFAULT_TIME_BUDGET = 120.0
#: MiB of address space one render process may use.
DEFAULT_MEMORY_BUDGET = 2048
#: Seconds reading one collected article (HTML text extraction, an e-mail) may take.
DEFAULT_EXTRACT_BUDGET = 30.0

# --------------------------------------------------------------------------- workspace files

CONFIG_NAMES = ("briefings.toml", "pyproject.toml")
BRIEFING_SUFFIXES = (".yaml", ".yml")
DEFAULT_BRIEFINGS_FOLDER = "seeds"
DEFAULT_OUTPUT_FOLDER = "output"
LOCK_NAME = ".briefings.lock"
STATE_DIR = ".briefings"
#: what the last build wrote, in STATE_DIR (briefings.building.plan)
MANIFEST_NAME = "manifest.json"
EDITIONS_DIR = "editions"


def default_template_dir() -> Path:
    """The packaged templates: inside the wheel, or the repository's top-level ``templates/``."""
    package = Path(__file__).resolve().parent
    packaged = package / "_default_templates"
    return packaged if packaged.is_dir() else package.parent / "templates"
# --------------------------------------------------------------------------- untrusted files

#: Bytes an archived source or an article may have (a long article is ~100 KB). Checking one
#: costs ~50 times its size in memory, so a 21 MB text would take a gigabyte.
MAX_SOURCE_BYTES = 2 * 1024 * 1024
#: Files ``extract-data`` writes out of one PDF, and their bytes in all (a briefing and its
#: sources: one YAML file of at most 256 KiB and a few dozen sources).
MAX_EXTRACT_FILES = 100
MAX_EXTRACT_BYTES = 32 * 1024 * 1024
#: Bytes a state file in ``output/.briefings/`` may have before it is ignored as not ours.
MAX_STATE_BYTES = 16 * 1024 * 1024
