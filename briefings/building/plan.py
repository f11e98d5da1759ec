"""The plan: which briefings are up to date, from the manifest of what the last build wrote.

A briefing is skipped when its YAML, the sources it cites, the templates, assets, options and
the version of briefings all hash as they did when its outputs were written, and those outputs
are still there unchanged. The manifest and edition records live in ``output/.briefings/``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from briefings.building.files import atomic_write
from briefings.building.workspace import Workspace
from briefings.constants import EDITIONS_DIR, STATE_DIR, default_template_dir
from briefings.constants import VERSION as __version__


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def file_sha(path: Path) -> str | None:
    """The sha256 of a file's content, or None when it cannot be read."""
    try:
        return sha256_hex(path.read_bytes())
    except OSError:
        return None


def environment_hash(workspace: Workspace, options: Sequence[str]) -> str:
    """A hash of everything every briefing's output depends on besides its own files:
    the templates and CSS that can be used, the assets, the version and the options."""
    digest = hashlib.sha256(f"{__version__}|{','.join(sorted(options))}".encode())
    for folder in (*workspace.template_dirs, default_template_dir(), *workspace.asset_dirs):
        if not folder.is_dir():
            continue
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


class State:
    """The manifest of built outputs and, per briefing, the data of its current edition."""

    def __init__(self, output_dir: Path):
        self.folder = output_dir / STATE_DIR
        self.manifest_path = self.folder / "manifest.json"
        try:
            self.manifest: dict[str, Any] = json.loads(self.manifest_path.read_text())
        except (OSError, ValueError):
            self.manifest = {}
        self.manifest.setdefault("briefings", {})

    def entry(self, path: Path) -> dict[str, Any] | None:
        entry = self.manifest["briefings"].get(str(path.resolve()))
        return entry if isinstance(entry, dict) else None

    def is_current(self, path: Path, env: str, output_dir: Path) -> bool:
        entry = self.entry(path)
        if not entry or entry.get("env") != env or entry.get("yaml") != file_sha(path):
            return False
        if any(file_sha(Path(dep)) != sha for dep, sha in entry.get("deps", {}).items()):
            return False
        return all(file_sha(output_dir / name) == sha
                   for name, sha in entry.get("outputs", {}).items())

    def record(self, path: Path, env: str, deps: dict[str, str], outputs: dict[str, str],
               briefing_id: str) -> None:
        self.manifest["briefings"][str(path.resolve())] = {
            "id": briefing_id, "env": env, "yaml": file_sha(path), "deps": deps, "outputs": outputs,
        }

    def edition(self, briefing_id: str) -> dict[str, Any] | None:
        try:
            record = json.loads((self.folder / EDITIONS_DIR / f"{briefing_id}.json").read_text())
            return record if isinstance(record, dict) else None
        except (OSError, ValueError):
            return None

    def save_edition(self, briefing_id: str, record: dict[str, Any]) -> None:
        data = json.dumps(record, sort_keys=True, ensure_ascii=False, indent=1).encode()
        atomic_write(self.folder / EDITIONS_DIR / f"{briefing_id}.json", data)

    def save(self) -> None:
        atomic_write(self.manifest_path,
                     json.dumps(self.manifest, sort_keys=True, indent=1).encode())
