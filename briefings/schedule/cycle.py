"""One turn of the loop a developing story needs: ingest → build → deliver.

New articles are collected and drafted in as proposed material; the briefings are built (an
edition is new only when accepted content changed); each new edition is delivered, and what
failed to go before is retried. Each step is logged with its counts, and a failing step does
not stop the next: a build failure still lets pending deliveries go, an ingest problem still
lets the build run.
"""

from __future__ import annotations

import glob
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.api import build_workspace
from briefings.building.plan import State
from briefings.building.workspace import Workspace
from briefings.deliver.run import deliver
from briefings.errors import BriefingError
from briefings.ingest.run import ingest, selected_inputs
from briefings.review.locate import briefing_id_of, locate
from briefings.schema.config import Config

LOGGER = logging.getLogger("briefings.cycle")


@dataclass
class CycleReport:
    """The counts of one turn, and whether every step went well."""

    articles: int = 0
    proposed: int = 0
    editions: int = 0
    sent: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def _editions(config: Config, workspace: Workspace) -> dict[str, str | None]:
    state = State(workspace.output_dir)
    ids = [briefing_id_of(path) for path in config.briefing_files()]
    return {bid: (state.edition(bid) or {}).get("built_at") for bid in ids if bid}


def _build_paths(config: Config, names: Sequence[str]) -> list[Path]:
    """The briefing files named: paths, globs (as a schedule gives them) or workspace ids."""
    paths: list[Path] = []
    for name in names:
        if any(char in name for char in "*?["):
            pattern = name if Path(name).is_absolute() else str(config.root / name)
            paths += sorted(Path(found) for found in glob.glob(pattern))
        else:
            paths.append(locate(name, config))
    return paths


def run_cycle(config: Config, names: Sequence[str] = (), *, force: bool = False) -> CycleReport:
    """Ingest, build and deliver for the named briefings (default: all); never raises for the
    user's problems, which are logged and listed in the report."""
    report = CycleReport()
    workspace = Workspace.from_config(config)
    try:
        paths = _build_paths(config, names)
    except BriefingError as error:
        report.problems.append(str(error))
        LOGGER.error("%s", error)
        return report
    # the inputs of the briefings named; [] (all) when none are named, None when none match
    inputs = [str(config.resolve(i.briefing)) for i in selected_inputs(config, names, strict=False)]
    chosen = inputs if inputs or not names else None

    def step(name: str, action: Callable[[], Any]) -> Any:
        try:
            return action()
        except BriefingError as error:
            report.problems.append(f"{name}: {error}")
            LOGGER.error("%s: %s", name, error)
            return None

    collected = step("ingest", lambda: ingest(config, chosen)) if chosen is not None else None
    if collected is not None:
        report.articles, report.proposed = collected.articles, collected.proposed
        report.problems += collected.problems
        LOGGER.info("ingest: %s", collected.summary())
    before = _editions(config, workspace)
    built = step("build", lambda: build_workspace(config.path, root=config.root, paths=paths, force=force))
    if built is not None:
        report.problems += [f"build: {path}: {why}" for path, why in built.failed.items()]
        report.problems += [f"build: {path}: invalid, not built" for path in built.invalid]
        LOGGER.info("build: %s", built.summary())
    after = _editions(config, workspace)
    report.editions = sum(1 for bid, stamp in after.items() if stamp and stamp != before.get(bid))
    LOGGER.info("build: %d new edition(s)", report.editions)
    sent = step("deliver", lambda: deliver(config, chosen)) if chosen is not None else None
    if sent is not None:
        report.sent = sent.sent
        report.problems += sent.failed
        LOGGER.info("deliver: %s", sent.summary())
    return report
