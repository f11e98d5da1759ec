"""``briefings deliver``: queue each briefing's newest edition for its channels (once), then
send everything pending in the outbox, oldest first. A failure is logged, kept with its error
and retried on the next run; one failing channel never stops the others."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from briefings.building.changes import what_changed
from briefings.building.plan import State
from briefings.building.workspace import Workspace
from briefings.deliver.message import email_message, webhook_body
from briefings.deliver.outbox import Outbox
from briefings.deliver.secrets import DeliveryProblem
from briefings.deliver.smtp import send_email
from briefings.deliver.webhook import post_webhook
from briefings.errors import BriefingError
from briefings.ingest.run import selected_inputs
from briefings.review.locate import briefing_id_of
from briefings.schema.config import Config, Input

LOGGER = logging.getLogger("briefings.deliver")


@dataclass
class DeliverReport:
    """Counts and failures of one delivery run."""

    queued: int = 0
    sent: int = 0
    failed: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"{self.queued} edition(s) queued, {self.sent} message(s) sent, {len(self.failed)} failed"


def edition_entry(briefing_id: str, record: dict[str, Any]) -> dict[str, Any]:
    """What the outbox keeps about an edition: enough to send it whatever happens later."""
    data, base = record["data"], record.get("base")
    return {"briefing": briefing_id, "title": data["title"], "as_of": data["as_of"],
            "built_at": record.get("built_at"), "since": base["as_of"] if base else None,
            "changes": what_changed(base["data"], data) if base else []}


def deliver(config: Config, names: Sequence[str] = (), *, output_dir: Path | None = None,
            now: dt.datetime | None = None) -> DeliverReport:
    """Queue new editions and send what is pending, for the named briefings (default: all)."""
    workspace = Workspace.from_config(config, output_dir)
    inputs = {briefing_id_of(config.resolve(item.briefing)) or "": item
              for item in selected_inputs(config, names) if item.email or item.webhook}
    report = DeliverReport()
    outbox = Outbox.open(workspace.output_dir)
    outbox.folder.mkdir(parents=True, exist_ok=True)
    try:
        with FileLock(str(outbox.lock_path), timeout=120):
            outbox = Outbox.open(workspace.output_dir)  # read again, under the lock
            _queue(outbox, State(workspace.output_dir), inputs, workspace.output_dir, report)
            _send(outbox, inputs, config.root, report, now or dt.datetime.now(dt.UTC))
    except Timeout:
        raise BriefingError(f"{outbox.lock_path}: another delivery is running") from None
    return report


def _queue(outbox: Outbox, state: State, inputs: dict[str, Input], output_dir: Path,
           report: DeliverReport) -> None:
    for briefing_id, item in inputs.items():
        record = state.edition(briefing_id)
        if record is None:
            continue
        channels = [name for name, on in (("email", item.email), ("webhook", item.webhook)) if on]
        key = f"{briefing_id}@{record.get('built_at', 'first')}"
        if outbox.queue(key, edition_entry(briefing_id, record), channels, output_dir / f"{briefing_id}.pdf"):
            report.queued += 1
            LOGGER.info("deliver: queued %s for %s", key, ", ".join(channels))


def _send(outbox: Outbox, inputs: dict[str, Input], root: Path, report: DeliverReport,
          now: dt.datetime) -> None:
    when = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    for key, channel in outbox.pending():
        entry = outbox.entries[key]
        item = inputs.get(entry["briefing"])
        if item is None:
            continue  # not selected in this run: stays pending
        try:
            pdf = outbox.pdf(key)
            if channel == "email" and item.email is not None:
                send_email(item.email, email_message(entry, key, pdf, item.email.sender, item.email.recipients), root)
            elif channel == "webhook" and item.webhook is not None:
                post_webhook(item.webhook, webhook_body(entry, key, pdf), key, root)
            else:
                continue  # the channel is no longer configured: kept, not sent
        except (DeliveryProblem, OSError) as error:
            outbox.mark(key, channel, str(error), when)
            report.failed.append(f"{key} by {channel}: {error}")
            LOGGER.error("deliver: %s by %s failed (will retry next run): %s", key, channel, error)
            continue
        outbox.mark(key, channel, None, when)
        report.sent += 1
        LOGGER.info("deliver: sent %s by %s", key, channel)
