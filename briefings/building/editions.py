"""Editions: write a briefing's outputs, keep the previous edition when the content changed,
and remember what changed for the next one."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefings.building.changes import what_changed
from briefings.building.files import atomic_write
from briefings.building.plan import MAX_OUTPUT_BYTES, State, sha256_hex
from briefings.constants import EDITIONS_DIR, FORMATS
from briefings.errors import BriefingError
from briefings.load.paths import read_regular_file
from briefings.schema.briefing import Briefing

if TYPE_CHECKING:
    from briefings.building.run import BuildReport

log = logging.getLogger(__name__)

#: The Markdown's figures are SVG files in ``output/<id>/`` (see write_figures).
FIGURE_SUFFIX = ".svg"


def changes_for(previous: dict[str, Any] | None,
                data: dict[str, Any]) -> tuple[list[str], str | None]:
    """The changes to show: against the last edition, or (content unchanged) as shown before."""
    if previous is None:
        return [], None
    if previous["data"] == data:
        base = previous.get("base")
        return (what_changed(base["data"], data), base["as_of"]) if base else ([], None)
    return what_changed(previous["data"], data), previous["data"].get("as_of")


def write_outputs(briefing: Briefing, output_dir: Path, outputs: dict[str, bytes], state: State,
                  env: str, deps: dict[str, str | None], source: Path, now: dt.datetime,
                  report: BuildReport) -> None:
    """Write every output atomically; archive the previous edition if the content changed."""
    data = briefing.model_dump(mode="json")
    previous = state.edition(briefing.id)
    new_content = previous is None or previous["data"] != data
    if previous is not None and new_content:
        report.editions.append(keep_edition(output_dir, briefing.id, previous))
    written: dict[str, str] = {}
    for fmt, content in outputs.items():
        if fmt not in FORMATS:
            continue  # a figure of the Markdown, below
        target = output_dir / f"{briefing.id}.{fmt}"
        atomic_write(target, content, root=output_dir)
        report.written.append(target)
        written[target.name] = sha256_hex(content)
    if "md" in outputs:
        figures = {name: content for name, content in outputs.items() if name not in FORMATS}
        report.written.extend(write_figures(output_dir, briefing.id, figures))
    if new_content:
        base = ({"data": previous["data"], "as_of": previous["data"].get("as_of")}
                if previous else None)
        state.save_edition(briefing.id, {"data": data, "base": base,
                                         "built_at": now.strftime("%Y%m%dT%H%M%SZ")})
    state.record(source, env, deps, written, briefing.id)


def figure_files(output_dir: Path, briefing_id: str) -> list[Path]:
    """The figure files of a briefing's Markdown now in ``output/<id>/``: regular files only
    (a symbolic link planted there is neither copied nor followed)."""
    folder = output_dir / briefing_id
    if folder.is_symlink() or not folder.is_dir():
        return []
    return sorted(path for path in folder.glob(f"*{FIGURE_SUFFIX}")
                  if path.is_file() and not path.is_symlink())


def write_figures(output_dir: Path, briefing_id: str, figures: dict[str, bytes]) -> list[Path]:
    """Write the Markdown's figures (``<id>/<figure>.svg`` → SVG) and remove those it no
    longer shows (a figure turned off), so the folder holds what the ``.md`` links to."""
    written = []
    for name, content in figures.items():
        folder, _, file_name = name.partition("/")
        if folder != briefing_id or "/" in file_name or not file_name.endswith(FIGURE_SUFFIX):
            raise ValueError(f"not a figure file of {briefing_id}: {name!r}")  # our bug
        target = output_dir / name
        atomic_write(target, content, root=output_dir)
        written.append(target)
    for stale in figure_files(output_dir, briefing_id):
        if f"{briefing_id}/{stale.name}" not in figures:
            stale.unlink(missing_ok=True)
    return written


def keep_edition(output_dir: Path, briefing_id: str, previous: dict[str, Any]) -> Path:
    """Copy the current outputs to editions/<id>/<built_at>/ before they are replaced.

    An output that is not a regular file (a symbolic link planted in ``output/``) is not
    copied; nothing is written through a link (see :func:`atomic_write`'s ``root``).
    """
    folder: Path = output_dir / EDITIONS_DIR / briefing_id / str(previous["built_at"])
    for fmt in FORMATS:
        current = output_dir / f"{briefing_id}.{fmt}"
        if not (current.exists() or current.is_symlink()):
            continue
        try:
            content = read_regular_file(current, MAX_OUTPUT_BYTES)
        except BriefingError as error:
            log.warning("%s: not kept in the edition (%s)", current, error)
            continue
        atomic_write(folder / current.name, content, root=output_dir)
    for figure in figure_files(output_dir, briefing_id):  # the .md's links still resolve
        content = read_regular_file(figure, MAX_OUTPUT_BYTES)
        atomic_write(folder / briefing_id / figure.name, content, root=output_dir)
    atomic_write(folder / "briefing.json",
                 json.dumps(previous["data"], sort_keys=True, ensure_ascii=False,
                            indent=1).encode(), root=output_dir)
    return folder
