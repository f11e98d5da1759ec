"""What the preview shows, kept up to date: each briefing's HTML edition, or its errors.

A rebuild validates one briefing through the public API and renders its HTML edition in this
process (the build's own text stage, :func:`briefings.building.jobs.render_text`, without the
process pool), which keeps a save-to-screen round trip under half a second. PDFs are laid
out only when asked for, with :func:`briefings.build` into the preview's temporary folder.
Nothing a rebuild raises stops the preview: a bug shows on the page like any other error.
"""

from __future__ import annotations

import logging
import re
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from briefings.api import build, validate
from briefings.building.jobs import Job, PdfOptions, render_text
from briefings.building.workspace import Workspace
from briefings.errors import BriefingError, Issue, ValidationFailed
from briefings.load.discover import find_briefings
from briefings.review.decide import file_version, read_tree
from briefings.review.proposals import Proposal, SpeakerChoice, proposals, speaker_choices
from briefings.schema.briefing import Briefing

LOGGER = logging.getLogger("briefings")
KEY_PATTERN = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")


@dataclass
class Entry:
    """One briefing as the preview shows it."""

    key: str
    path: Path
    title: str = ""
    briefing_id: str | None = None
    html: str | None = None
    issues: list[Issue] = field(default_factory=list)
    problem: str = ""
    sources: frozenset[Path] = frozenset()
    #: the version of the file the review items were read from (see briefings.review.decide)
    version: str = ""
    proposals: list[Proposal] = field(default_factory=list)
    speakers: list[SpeakerChoice] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.html is not None:
            return "ok"
        return "invalid" if self.issues else "failed"


def key_for(path: Path, taken: Iterable[str]) -> str:
    """A URL-safe key from the file name, unique among ``taken``."""
    base = re.sub(r"[^a-z0-9-]+", "-", path.stem.lower()).strip("-")[:70] or "briefing"
    if not base[0].isalnum():
        base = "b" + base
    key, number, used = base, 2, set(taken)
    while key in used:
        key, number = f"{base}-{number}", number + 1
    return key


class Preview:
    """The briefings of a workspace, rebuilt on demand; thread-safe."""

    def __init__(self, targets: Callable[[], list[Path]], workspace: Workspace,
                 pdf: PdfOptions | None = None):
        self.targets, self.workspace, self.pdf_options = targets, workspace, pdf or PdfOptions()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._pdf_lock = threading.Lock()
        self.entries: dict[str, Entry] = {}
        self.generation = 0
        self.stopping = False
        self._warned: set[Path] = set()

    # ------------------------------------------------------------------ rebuilding

    def files(self) -> list[Path]:
        """The briefing files the preview shows now (files come and go while it runs); a file
        of the workspace that is a link out of it is not followed (the review page writes)."""
        found, problems = find_briefings(self.targets(), self.workspace.root)
        for problem in problems:  # a link out of the workspace, a FIFO, a file gone: said once
            if Path(problem.path) not in self._warned:
                LOGGER.warning("warning: %s; not served", problem)
                self._warned.add(Path(problem.path))
        roots = (self.workspace.root.absolute(), self.workspace.root.resolve())
        files = []
        for path in found:
            real, named = path.resolve(), path.absolute()
            in_workspace = any(named.is_relative_to(root) for root in roots)
            if in_workspace and not real.is_relative_to(roots[1]):
                if path not in self._warned:
                    LOGGER.warning("warning: %s leads to %s, outside the workspace; not served",
                                   path, real)
                    self._warned.add(path)
                continue
            files.append(real)
        return files

    def refresh(self, changed: Iterable[Path] | None = None) -> None:
        """Pick up added and removed briefing files; rebuild ``changed`` (default: all)."""
        files = self.files()
        with self._lock:
            known = {entry.path: entry for entry in self.entries.values()}
            entries: dict[str, Entry] = {}
            for path in files:
                entry = known.get(path) or Entry(key_for(path, entries), path)
                entries[entry.key] = entry
            added = [path for path in files if path not in known]
        todo = files if changed is None else [p for p in files if p in set(changed) | set(added)]
        rebuilt = {path: self._render(path) for path in todo}
        with self._lock:
            for key, entry in entries.items():
                if entry.path in rebuilt:
                    entries[key] = rebuilt[entry.path]
                    entries[key].key = key
            self.entries = entries
            self.generation += 1
            self._changed.notify_all()

    def _render(self, path: Path) -> Entry:
        entry = Entry("", path, title=path.name)
        try:
            # the version first: a page showing a newer file than its version says is refused
            # on decision, never merged into
            entry.version = file_version(path.read_bytes())
            result = validate([path])
            briefing = result.briefings[0]
            entry.briefing_id, entry.title = briefing.id, briefing.title
            entry.sources = frozenset((path.parent / s.text).resolve() for s in briefing.sources)
            entry.issues = list(result.warnings)
            entry.html = self._html(briefing)
            if briefing.awaiting_review():
                self._read_proposals(entry)
        except ValidationFailed as failure:
            entry.issues = failure.issues
        except (BriefingError, OSError) as error:
            entry.problem = str(error)
        except Exception:  # a bug in briefings: show it, keep serving
            entry.problem = "internal error (a bug in briefings):\n" + traceback.format_exc()
            LOGGER.error("%s: %s", path, entry.problem)
        return entry

    @staticmethod
    def _read_proposals(entry: Entry) -> None:
        """The proposed items and the speakers a quote may be given."""
        tree = read_tree(entry.path)
        entry.proposals, entry.speakers = proposals(entry.path, tree), speaker_choices(tree)

    def _html(self, briefing: Briefing) -> str:
        job = Job(str(briefing.id), briefing, (), None, ("html",), self.workspace)
        html = render_text(job).html
        assert html is not None
        return html

    def briefings_citing(self, paths: Iterable[Path]) -> list[Path]:
        """The briefings that cite any of ``paths`` as a source, and every invalid briefing
        in the same folders (its sources are not known until it loads)."""
        changed = {path.resolve() for path in paths}
        folders = {path.parent for path in changed}
        with self._lock:
            return [entry.path for entry in self.entries.values()
                    if entry.sources & changed or (entry.html is None and entry.path.parent in folders)]

    # ------------------------------------------------------------------ reading

    def snapshot(self) -> tuple[int, list[Entry]]:
        """The generation and every entry, as of now."""
        with self._lock:
            return self.generation, list(self.entries.values())

    def entry(self, key: str) -> tuple[int, Entry | None]:
        with self._lock:
            return self.generation, self.entries.get(key)

    def wait(self, seen: int, timeout: float) -> int:
        """Block until the generation moves past ``seen`` (or ``timeout``, or stop)."""
        with self._changed:
            self._changed.wait_for(lambda: self.generation != seen or self.stopping, timeout)
            return self.generation

    def wait_for_version(self, path: Path, version: str, timeout: float) -> bool:
        """Block until the preview shows ``version`` of the file at ``path`` (the watcher's
        rebuild after a write); False after ``timeout``."""
        def shown() -> bool:
            return self.stopping or any(entry.path == path and entry.version == version
                                        for entry in self.entries.values())
        with self._changed:
            return self._changed.wait_for(shown, timeout)

    def stop(self) -> None:
        """Wake every waiting event stream so the server can stop."""
        with self._changed:
            self.stopping = True
            self._changed.notify_all()

    # ------------------------------------------------------------------ PDF on request

    def pdf(self, entry: Entry) -> Path:
        """Lay the briefing out as PDF into the preview's own folder; raises BriefingError."""
        with self._pdf_lock:
            report = build([entry.path], workspace=self.workspace, formats=["pdf"],
                           pdf=self.pdf_options, wait_for_lock=True)
        if not report.ok:
            raise BriefingError("; ".join(report.failed.values()))
        target = self.workspace.output_dir / f"{entry.briefing_id}.pdf"
        if not target.is_file():
            raise BriefingError(f"{entry.path}: no PDF was written")
        return target
