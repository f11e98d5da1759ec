"""``briefings init``: a new workspace that builds and serves as it is.

It writes a commented ``briefings.toml``, the packaged example briefing with its archived source
in ``seeds/``, and a ``templates/`` override that extends the default stylesheet. It never
replaces a file: if any of them already exists, nothing is written and the error names them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefings.errors import BriefingError

EXAMPLE_BRIEFING = "us-turkey-caatsa-sanctions.yaml"

CONFIG_TEXT = """\
# The configuration of this briefings workspace. Paths are relative to this file.
# `briefings build` builds what it names; `briefings serve` previews it while you edit.

briefings = ["seeds/*.yaml"]     # globs of briefing files
output = "output"                # where `briefings build` writes (serve never writes here)
templates = ["templates"]        # your templates first, the packaged defaults after
assets = ["assets"]              # the only folders a template may load images or fonts from
formats = ["md", "pdf"]          # any of md, pdf, html
workers = 0                      # 0: one worker process per core
time_budget_seconds = 120        # a briefing that takes longer to render fails (the rest go on)
memory_budget_mib = 2048         # address space of each render process
pdf_variant = "pdf/ua-1"         # pdf/ua-1 (accessible), pdf/a-3b (archival) or untagged

# Rebuild unattended with `briefings schedule run` (or export to cron/systemd/GitHub Actions):
# [[schedules]]
# name = "weekday-morning"
# cron = "30 6 * * mon-fri"      # minute hour day month weekday
# timezone = "Europe/London"
"""

CSS_OVERRIDE = """\
{#- An override of the packaged stylesheet: it keeps every default rule, then adds yours.
    Delete this file to use the defaults as they are. -#}
{% include "default:briefing.css" %}

/* Your rules go here, for example a different colour for the section headings:
h2 { color: #1f3a5f; }
*/
"""


@dataclass(frozen=True)
class Scaffold:
    """The files a new workspace gets: relative path → content."""

    files: dict[str, bytes]


def example_dir() -> Path:
    """The packaged example briefing: inside the wheel, or the repository's ``seeds/``."""
    package = Path(__file__).resolve().parent
    packaged = package / "_example"
    return packaged if packaged.is_dir() else package.parent / "seeds"


def scaffold() -> Scaffold:
    """The new workspace's files, read from the packaged example."""
    source = example_dir()
    files = {"briefings.toml": CONFIG_TEXT.encode(),
             "templates/briefing.css": CSS_OVERRIDE.encode()}
    for path in sorted(source.iterdir()):
        if path.is_file() and (path.name == EXAMPLE_BRIEFING or path.suffix == ".txt"):
            files[f"seeds/{path.name}"] = path.read_bytes()
    return Scaffold(files)


def init_workspace(folder: Path | str) -> list[Path]:
    """Write a new workspace into ``folder`` (created if needed); return the files written.

    Raises BriefingError, writing nothing, when any of the files already exists.
    """
    root = Path(folder)
    files = scaffold().files
    existing = [root / name for name in files if (root / name).exists()]
    if existing:
        raise BriefingError(f"{root}: not overwriting what is there: "
                            f"{', '.join(str(p) for p in existing)}; nothing was written")
    written = []
    try:
        for name, content in files.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            with open(target, "xb") as handle:  # "x": never replaces a file
                handle.write(content)
            written.append(target)
    except OSError as error:
        raise BriefingError(f"{error.filename}: cannot write: {error.strerror}") from None
    return written
