"""Editions: write a briefing's outputs, keep the previous edition when the content changed,
and remember what changed for the next one."""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from briefings.building.changes import what_changed
from briefings.building.plan import MAX_OUTPUT_BYTES, State, sha256_hex
from briefings.constants import EDITIONS_DIR, FORMATS
from briefings.errors import BriefingError
from briefings.filesystem.paths import read_regular_file
from briefings.filesystem.writing import atomic_write
from briefings.schema.briefing import Briefing
from briefings.validation.review import MARKER as REVIEW_MARKER

if TYPE_CHECKING:
    from briefings.building.run import BuildReport

log = logging.getLogger(__name__)

#: The Markdown's figures are SVG files in ``output/<id>/`` (see write_figures).
FIGURE_SUFFIX = ".svg"


def edition_date(record: dict[str, Any]) -> str:
    """The date (``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MMZ`` for a second edition that day) of
    the edition in ``record``: the one it was given when made, else its briefing's ``as_of``."""
    return str(record.get("edition_date") or record["data"]["as_of"])


def dated(previous: dict[str, Any] | None, data: dict[str, Any], now: dt.datetime) -> str:
    """The date of the edition made from ``data``.

    Ingest and review add material without touching ``as_of``, so an edition made from new
    material carries the day it was made (with the time when an edition already has that day),
    unless the analyst moved ``as_of`` past the previous edition's date themselves. The first
    edition, and a rebuild of unchanged content, keep the date they had.
    """
    own = str(data["as_of"])
    if previous is not None and previous["data"] == data:
        return edition_date(previous)
    previous = counted_from(previous)
    if previous is None:
        return own
    before = edition_date(previous)
    if own > before[:10]:
        return own
    today = max(now.astimezone(dt.UTC).strftime("%Y-%m-%d"), before[:10])
    return today if today != before[:10] else f"{today}T{now.astimezone(dt.UTC):%H:%M}Z"


def changes_for(previous: dict[str, Any] | None, data: dict[str, Any],
                now: dt.datetime) -> tuple[list[str], str | None]:
    """The changes to show, and the date of the edition they are counted from: against the
    last edition, or (content unchanged) as shown before."""
    if previous is None:
        return [], None
    if previous["data"] == data:
        base = previous.get("base")
        return (what_changed(base["data"], data), base["as_of"]) if base else ([], None)
    base = counted_from(previous)
    return (what_changed(base["data"], data), _since(base, dated(previous, data, now))) if base else ([], None)


def _since(base: dict[str, Any], date: str) -> str:
    """The previous edition's date as the new one names it: with its time when both are of one
    day (the first edition of a day is dated without one; its build time says when)."""
    since, built_at = edition_date(base), str(base.get("built_at") or "")
    if "T" in date and since == date[:10] and len(built_at) == 16:
        return f"{since}T{built_at[9:11]}:{built_at[11:13]}Z"
    return since


def counted_from(previous: dict[str, Any] | None) -> dict[str, Any] | None:
    """The edition the next one is compared with: the previous one, or, when that one was a
    draft (a REVIEW placeholder left, so never delivered), the edition it was compared with."""
    if previous is None or not placeholders(previous["data"]):
        return previous
    base = previous.get("base")
    return {"data": base["data"], "edition_date": base["as_of"]} if base else None


def placeholders(data: Any, where: str = "") -> list[str]:
    """Where the published ``data`` of a briefing still holds a ``REVIEW`` placeholder (a text
    value starting with it): an edition with one is a draft, not delivered."""
    if isinstance(data, dict):
        return [found for key, value in data.items() for found in placeholders(value, f"{where}.{key}".lstrip("."))]
    if isinstance(data, list):
        return [found for index, value in enumerate(data) for found in placeholders(value, f"{where}[{index}]")]
    return [where] if isinstance(data, str) and data.lstrip().startswith(REVIEW_MARKER) else []


def as_edition(briefing: Briefing, previous: dict[str, Any] | None, now: dt.datetime) -> Briefing:
    """The briefing as this edition shows it: dated (:func:`dated`), and marked as a draft on
    every page while a ``REVIEW`` placeholder is left in it."""
    data = briefing.model_dump(mode="json")
    update: dict[str, Any] = {"as_of": dt.date.fromisoformat(dated(previous, data, now)[:10])}
    left = placeholders(data)
    if left:
        update["marking"] = f"DRAFT ({len(left)} REVIEW placeholder(s) left, not for delivery) // {briefing.marking}"
    return briefing.model_copy(update=update)


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
        counted, date = counted_from(previous), dated(previous, data, now)
        base = {"data": counted["data"], "as_of": _since(counted, date)} if counted else None
        state.save_edition(briefing.id, {"data": data, "base": base, "edition_date": date,
                                         "built_at": _built_at(previous, now)})
    state.record(source, env, deps, written, briefing.id)


def _built_at(previous: dict[str, Any] | None, now: dt.datetime) -> str:
    """When this edition was built, to the second, and never the same as the previous edition's:
    the outbox names an edition by it, so two editions built within one second were one."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    before = str((previous or {}).get("built_at") or "")
    while stamp <= before and len(before) == len(stamp):
        now += dt.timedelta(seconds=1)
        stamp = now.strftime("%Y%m%dT%H%M%SZ")
    return stamp


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
