"""``briefings ingest``: collect what is new for each configured briefing.

For each ``[[inputs]]`` entry: read the inbox, then each feed (one failing feed never stops
the others), archive every new article beside the briefing and draft it in as proposed
material. Problems are reported per article or feed and the run carries on; what was seen is
remembered so the next run neither fetches nor proposes it again.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefings.errors import BriefingError
from briefings.ingest.archive import archive_article
from briefings.ingest.article import Article
from briefings.ingest.extractor import Extractor
from briefings.ingest.feeds import collect_feed
from briefings.ingest.inbox import collect
from briefings.ingest.state import IngestState
from briefings.review.lock import briefing_lock
from briefings.schema.config import Config, Input
from briefings.validation.run import load_valid_briefing as load_briefing

LOGGER = logging.getLogger("briefings.ingest")


@dataclass
class IngestReport:
    """Counts and problems of one ingest run, over every briefing."""

    articles: int = 0
    proposed: int = 0
    duplicates: int = 0
    problems: list[str] = field(default_factory=list)
    briefings: list[Path] = field(default_factory=list)

    def summary(self) -> str:
        return (f"{self.articles} new article(s), {self.proposed} proposed item(s), "
                f"{self.duplicates} duplicate(s), {len(self.problems)} problem(s)")


def selected_inputs(config: Config, names: Sequence[str], *, strict: bool = True) -> list[Input]:
    """The inputs of the briefings named (by id, file stem, path or glob); all when none are.
    A name without inputs is an error when ``strict``."""
    inputs = list(config.settings.inputs)
    if not names:
        return inputs
    chosen: list[Input] = []
    for name in names:
        pattern = str(config.resolve(name).resolve()) if not Path(name).is_absolute() else name
        match = [i for i in inputs if name in (Path(i.briefing).stem, i.briefing)
                 or fnmatch.fnmatchcase(str(config.resolve(i.briefing).resolve()), pattern)]
        if not match and strict:
            known = ", ".join(Path(i.briefing).stem for i in inputs) or "none configured"
            raise BriefingError(f"no [[inputs]] for briefing '{name}' (known: {known})")
        chosen.extend(m for m in match if m not in chosen)
    return chosen


#: The longest one ingest run fetches for, over every feed (each feed also has its own budget).
RUN_SECONDS = 600.0


def ingest(config: Config, names: Sequence[str] = (), *, now: dt.datetime | None = None,
           seconds: float = RUN_SECONDS) -> IngestReport:
    """Collect new material for the named briefings (default: every configured one); feeds
    are fetched for at most ``seconds`` in all, what is left is read on the next run."""
    report = IngestReport()
    deadline = time.monotonic() + seconds
    with Extractor() as extractor:  # one worker for the run, started by the first page
        for settings in selected_inputs(config, names):
            briefing = config.resolve(settings.briefing)
            try:
                with briefing_lock(config.root, briefing):  # the lock review takes too
                    load_briefing(briefing)  # a briefing that is not valid is not edited
                    _ingest_one(config, settings, briefing, report, now or dt.datetime.now(dt.UTC), extractor,
                                deadline)
            except BriefingError as error:
                report.problems.append(f"{briefing}: {error}")
    for problem in report.problems:
        LOGGER.error("ingest: %s", problem)
    return report


def _ingest_one(config: Config, settings: Input, briefing: Path, report: IngestReport,
                now: dt.datetime, extractor: Extractor, deadline: float) -> None:
    state = IngestState.load(config.root, briefing)
    before = report.articles
    found: Article | BriefingError
    if settings.inbox:
        for digest, found in collect(config.resolve(settings.inbox), state.inbox, settings.max_bytes,
                                     extractor, settings.extract_seconds):
            if _take(briefing, found, report, now, extractor) and digest:
                state.inbox[digest] = found.origin if isinstance(found, Article) else "unreadable"
        state.save()
    for feed in settings.feeds:
        try:
            for url, found in collect_feed(feed, settings, state, extractor, deadline):
                if _take(briefing, found, report, now, extractor):
                    state.seen_urls[url] = "archived" if isinstance(found, Article) else "refused"
                state.save()
        except BriefingError as error:
            report.problems.append(f"feed {feed.url}: {error}")
        state.save()
    if report.articles > before:
        report.briefings.append(briefing)


def _take(briefing: Path, found: Article | BriefingError, report: IngestReport, now: dt.datetime,
          extractor: Extractor) -> bool:
    """Archive one article (or record the problem met reading it); True when it is settled
    (archived, a duplicate, or unreadable as it stands) and should not be tried again."""
    if not isinstance(found, Article):
        report.problems.append(str(found))
        return getattr(found, "permanent", True)
    try:
        done = archive_article(briefing, found, now, extractor)
    except BriefingError as error:
        report.problems.append(f"{found.origin}: {error}")
        return False
    if done.duplicate:
        report.duplicates += 1
        LOGGER.info("ingest: %s repeats source '%s'; not archived again", found.origin, done.duplicate)
    else:
        report.articles += 1
        report.proposed += done.proposed
        LOGGER.info("ingest: %s → source '%s', %d proposed item(s)", found.origin, done.source_id, done.proposed)
    if done.held:
        report.problems.append(f"{found.origin}: archived as source '{done.source_id}' without proposals: {done.held}")
    return True
