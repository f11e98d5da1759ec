"""The plan: which briefings are up to date, from the manifest of what the last build wrote.

A briefing is skipped when its YAML, the sources it cites, the templates, assets, options and
the version of briefings all hash as they did when its outputs were written, and those outputs
are still there unchanged. The manifest and edition records live in ``output/.briefings/``.

Those files are not trusted: anyone who can write into ``output/`` can edit them. Each record is
validated with a strict schema and ignored (the briefing rebuilt) when it does not fit; the
files it names are hashed only when they are regular files inside the briefing's folder or
the output folder, read without following links and up to a size limit.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
)

from briefings.building.workspace import Workspace
from briefings.constants import (
    DEFAULT_FORMATS,
    EDITIONS_DIR,
    MANIFEST_NAME,
    MAX_SOURCE_BYTES,
    MAX_STATE_BYTES,
    STATE_DIR,
    default_template_dir,
)
from briefings.constants import VERSION as __version__
from briefings.errors import BriefingError
from briefings.filesystem.paths import confine, open_regular_file, read_confined
from briefings.filesystem.writing import atomic_write
from briefings.schema.briefing import Briefing
from briefings.schema.types import FileSlug, Sha256

log = logging.getLogger(__name__)
#: An output larger than this is not ours: it is rebuilt rather than hashed.
MAX_OUTPUT_BYTES = 1 << 30


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


#: When an edition was built, as written in its folder name: nothing else may name a folder.
BuiltAt = Annotated[str, StringConstraints(strict=True, pattern=r"^[0-9]{8}T[0-9]{6}Z$")]


#: An edition's date, with its time when it is not the first that day.
EditionDate = Annotated[str, StringConstraints(strict=True,
                                               pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}Z)?$")]


class _StateRecord(BaseModel):
    """Base of the records read back from ``output/.briefings/``: strict, nothing extra."""

    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class ManifestEntry(_StateRecord):
    """What the last build of one briefing file read and wrote, by sha256."""

    id: FileSlug
    env: Sha256
    yaml: Sha256
    deps: Annotated[dict[str, Sha256], Field(min_length=1)]  # a briefing cites a source or more
    outputs: Annotated[dict[str, Sha256], Field(min_length=1)]


def _briefing_data(value: dict[str, Any]) -> dict[str, Any]:
    """Edition data is a validated briefing's data, or the record is not ours."""
    Briefing.model_validate(value)
    return value


BriefingData = Annotated[dict[str, Any], AfterValidator(_briefing_data)]


class EditionBase(_StateRecord):
    """The edition the changes shown are counted from."""

    data: BriefingData
    as_of: str | None


class EditionRecord(_StateRecord):
    """The data of a briefing's current edition, its base, and when it was built."""

    data: BriefingData
    base: EditionBase | None
    built_at: BuiltAt
    edition_date: EditionDate | None = None  # recorded since editions are dated when made


def _read_state_file(output_dir: Path, relative: str) -> Any:
    """The JSON in a state file, or None when it is missing, unreadable, too large or not JSON."""
    try:
        return json.loads(read_confined(output_dir, relative, MAX_STATE_BYTES))
    except (BriefingError, ValueError, RecursionError) as error:
        if (output_dir / relative).exists() or (output_dir / relative).is_symlink():
            log.warning("%s: ignored (%s); affected briefings are rebuilt",
                        output_dir / relative, error)
        return None


class State:
    """The manifest of built outputs and, per briefing, the data of its current edition.

    Everything read back is checked against :class:`ManifestEntry` and :class:`EditionRecord`;
    what does not fit is ignored with a warning, and the briefing it was about is rebuilt.
    """

    def __init__(self, output_dir: Path, formats: Sequence[str] = DEFAULT_FORMATS):
        self.output_dir = output_dir
        self.folder = output_dir / STATE_DIR
        self.manifest_path = self.folder / MANIFEST_NAME
        self.formats = tuple(formats)
        self.entries: dict[str, ManifestEntry] = {}
        raw = _read_state_file(output_dir, f"{STATE_DIR}/{MANIFEST_NAME}")
        briefings = raw.get("briefings") if isinstance(raw, dict) else None
        for key, value in (briefings.items() if isinstance(briefings, dict) else ()):
            try:
                self.entries[key] = ManifestEntry.model_validate(value)
            except ValidationError as error:
                log.warning("%s: the entry for %s is ignored (%s); it is rebuilt",
                            self.manifest_path, key, _first_error(error))

    def entry(self, path: Path) -> ManifestEntry | None:
        return self.entries.get(str(path.resolve()))

    def is_current(self, path: Path, env: str, output_dir: Path) -> bool:
        """Whether every output this build asks for is up to date: each format on its own, so
        a plain build after ``--format html`` does not redo the Markdown and the PDF."""
        entry = self.entry(path)
        if entry is None or entry.env != env or entry.yaml != file_sha(path):
            return False
        wanted = {f"{entry.id}.{fmt}" for fmt in self.formats}
        if not wanted <= set(entry.outputs):
            return False
        folder = path.resolve().parent
        if any(_confined_sha(folder, _inside(folder, dep), MAX_SOURCE_BYTES) != sha
               for dep, sha in entry.deps.items()):
            return False
        return all(_confined_sha(output_dir, name, MAX_OUTPUT_BYTES) == entry.outputs[name]
                   for name in wanted)

    def record(self, path: Path, env: str, deps: dict[str, str | None], outputs: dict[str, str],
               briefing_id: str) -> None:
        """Remember what was built; a file that could not be hashed leaves no entry (rebuilt).

        Outputs of other formats recorded from the very same inputs stay recorded."""
        key, yaml = str(path.resolve()), file_sha(path)
        if yaml is None or None in deps.values():
            self.entries.pop(key, None)
            return
        hashed = {name: sha for name, sha in deps.items() if sha is not None}
        old = self.entries.get(key)
        if old is not None and (old.id, old.env, old.yaml, old.deps) == (briefing_id, env, yaml,
                                                                          hashed):
            outputs = {**old.outputs, **outputs}
        self.entries[key] = ManifestEntry(id=briefing_id, env=env, yaml=yaml,
                                          deps=hashed, outputs=outputs)

    def edition(self, briefing_id: str) -> dict[str, Any] | None:
        relative = f"{STATE_DIR}/{EDITIONS_DIR}/{briefing_id}.json"
        raw = _read_state_file(self.output_dir, relative)
        if raw is None:
            return None
        try:
            return EditionRecord.model_validate(raw).model_dump()
        except ValidationError as error:
            log.warning("%s: ignored (%s); the next edition starts afresh",
                        self.output_dir / relative, _first_error(error))
            return None

    def save_edition(self, briefing_id: str, record: dict[str, Any]) -> None:
        data = json.dumps(record, sort_keys=True, ensure_ascii=False, indent=1).encode()
        atomic_write(self.folder / EDITIONS_DIR / f"{briefing_id}.json", data,
                     root=self.output_dir)

    def save(self) -> None:
        manifest = {"briefings": {key: entry.model_dump() for key, entry in self.entries.items()}}
        atomic_write(self.manifest_path, json.dumps(manifest, sort_keys=True, indent=1).encode(),
                     root=self.output_dir)


def source_deps(folder: Path, texts: Sequence[str]) -> dict[str, str | None]:
    """The archived sources a briefing in ``folder`` cites, by real path, with their sha256
    (None for one that is not a regular file inside the folder)."""
    deps: dict[str, str | None] = {}
    for text in texts:
        try:
            real = confine(folder, text)
        except BriefingError:
            deps[str(folder.resolve() / text)] = None
            continue
        deps[str(real)] = _confined_sha(folder, text, MAX_SOURCE_BYTES)
    return deps


def _inside(folder: Path, recorded: str) -> str:
    """A recorded dependency as a path relative to the briefing's folder ('' if outside)."""
    try:
        return Path(recorded).relative_to(folder).as_posix()
    except ValueError:
        return ""


def _confined_sha(folder: Path, name: str, limit: int) -> str | None:
    """The sha256 of the regular file ``name`` inside ``folder``, or None if it is not one."""
    try:
        with open_regular_file(confine(folder, name), limit) as stream:
            return hashlib.file_digest(stream, "sha256").hexdigest()  # type: ignore[arg-type]
    except (BriefingError, OSError):
        return None


def _first_error(error: ValidationError) -> str:
    detail = error.errors()[0]
    where = ".".join(str(part) for part in detail["loc"])
    return f"{where}: {detail['msg']}" if where else detail["msg"]
