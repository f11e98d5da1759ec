"""``briefings deliver``: queue each briefing's newest edition for its channels (once), then
send everything pending in the outbox, oldest first. A failure is logged, kept with its error
and retried on the next run; one failing channel or edition never stops the others.

An edition whose text still holds a ``REVIEW`` placeholder is a draft: it is built (and marked
as a draft) but held back here, with the reason said, unless the briefing's input sets
``deliver_drafts = true``.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefings.building.changes import what_changed
from briefings.building.editions import edition_date, placeholders
from briefings.building.plan import State
from briefings.building.workspace import Workspace
from briefings.deliver.message import email_message, message_id, webhook_body
from briefings.deliver.outbox import Outbox
from briefings.deliver.records import Channel, Entry
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
    """Counts, failures and held editions of one delivery run."""

    queued: int = 0
    sent: int = 0
    failed: list[str] = field(default_factory=list)
    held: list[str] = field(default_factory=list)

    def summary(self) -> str:
        held = f", {len(self.held)} held" if self.held else ""
        return (f"{self.queued} edition(s) queued, {self.sent} message(s) sent, "
                f"{len(self.failed)} failed{held}")


def edition_entry(briefing_id: str, record: dict[str, Any]) -> Entry:
    """What the outbox keeps about an edition: enough to send it whatever happens later."""
    data, base = record["data"], record.get("base")
    return Entry(briefing=briefing_id, title=data["title"], as_of=edition_date(record),
                 built_at=record.get("built_at"), since=base["as_of"] if base else None,
                 changes=what_changed(base["data"], data) if base else [], channels={})


def deliver(config: Config, names: Sequence[str] = (), *, output_dir: Path | None = None,
            now: dt.datetime | None = None, resend: Sequence[str] = ()) -> DeliverReport:
    """Queue new editions and send what is pending, for the named briefings (default: all);
    ``resend`` names editions whose messages in doubt are to be sent again."""
    workspace = Workspace.from_config(config, output_dir)
    inputs = {briefing_id_of(config.resolve(item.briefing)) or "": item
              for item in selected_inputs(config, names) if item.email or item.webhook}
    report = DeliverReport()
    outbox = Outbox.open(workspace.output_dir)
    outbox.folder.mkdir(parents=True, exist_ok=True)
    outbox = Outbox.open(workspace.output_dir)  # the folder checked again, now that it exists
    with outbox.lock():
        outbox = Outbox.open(workspace.output_dir)  # read again, under the lock
        for key in resend:
            LOGGER.info("deliver: %s will be sent again: %s", key, ", ".join(outbox.resend(key)))
        _queue(outbox, State(workspace.output_dir), inputs, workspace.output_dir, report)
        _send(outbox, inputs, config.root, report, now or dt.datetime.now(dt.UTC))
    return report


def _queue(outbox: Outbox, state: State, inputs: dict[str, Input], output_dir: Path,
           report: DeliverReport) -> None:
    for briefing_id, item in inputs.items():
        record = state.edition(briefing_id)
        if record is None:
            continue
        key = f"{briefing_id}@{record.get('built_at') or 'first'}"
        left = placeholders(record["data"])
        if left and not item.deliver_drafts and key not in outbox.entries:
            report.held.append(f"{key}: held, not delivered: the edition still holds {len(left)} REVIEW "
                               f"placeholder(s) (first: {left[0]}); review them and build again, or set "
                               "deliver_drafts = true for this input")
            LOGGER.warning("deliver: %s", report.held[-1])
            continue
        recipients = {name: to for name, to in (("email", item.email.recipients if item.email else []),
                                                ("webhook", ["webhook"] if item.webhook else [])) if to}
        try:
            queued = outbox.queue(key, edition_entry(briefing_id, record), recipients,
                                  output_dir / f"{briefing_id}.pdf")
        except BriefingError as error:
            report.failed.append(f"{key}: not queued: {error}")
            LOGGER.error("deliver: %s", report.failed[-1])
            continue
        if queued:
            report.queued += 1
            LOGGER.info("deliver: queued %s for %s", key, ", ".join(recipients))


def _send(outbox: Outbox, inputs: dict[str, Input], root: Path, report: DeliverReport,
          now: dt.datetime) -> None:
    when = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    for key, channel in outbox.pending():
        item = inputs.get(outbox.entries[key].briefing)
        if item is None:
            continue  # not selected in this run: stays pending
        state = outbox.entries[key].channels[channel]
        for to, recipient in state.recipients.items():
            if recipient.status == "sending":
                moment = (recipient.since or "?")[11:16]
                report.failed.append(f"{key} by {channel} to {to}: may have been sent at {moment} UTC; "
                                     f"not re-sent - run `briefings deliver --resend {key}` to force")
                LOGGER.error("deliver: %s", report.failed[-1])
        try:
            _send_one(outbox, key, channel, item, root, when, report)
        except (DeliveryProblem, BriefingError, OSError) as error:
            report.failed.append(f"{key} by {channel}: {error}")
            LOGGER.error("deliver: %s by %s failed (will retry next run): %s", key, channel, error)


def _send_one(outbox: Outbox, key: str, channel: str, item: Input, root: Path, when: str,
              report: DeliverReport) -> None:
    """Send one channel of one edition to its recipients still owed it: the intent saved
    first, each recipient's outcome after."""
    owed = _owed(outbox.entries[key].channels[channel], channel, item)
    if owed:
        outcomes = _hand_over(outbox, key, channel, item, root, when, owed)
        _tell(report, key, channel, {to: _problem(outcomes, to, key, when) for to in owed})


def _owed(state: Channel, channel: str, item: Input) -> list[str]:
    """The recipients still owed the message and still configured (an address since removed,
    or a channel no longer configured, is kept in the outbox and not sent)."""
    owed = [to for to, r in state.recipients.items() if r.status in ("pending", "failed")]
    if channel == "email":
        return [to for to in owed if item.email is not None and to in item.email.recipients]
    return owed if item.webhook is not None else []


def _hand_over(outbox: Outbox, key: str, channel: str, item: Input, root: Path, when: str,
               owed: list[str]) -> dict[str, str | None]:
    """Record the intent, send, record the outcomes; the outcomes (see :func:`_problem`)."""
    entry = outbox.entries[key]
    pdf = outbox.pdf(key)
    # what is sent is made before the intent is recorded: only the sending itself follows it
    email = email_message(entry, key, pdf, item.email.sender, item.email.recipients) if item.email else None
    body = webhook_body(entry, key, pdf)
    outbox.begin(key, channel, owed, when, message_id(key))
    try:
        if channel == "email":
            assert item.email is not None and email is not None
            outcomes = send_email(item.email, email, root, owed)
        else:
            assert item.webhook is not None
            answer = post_webhook(item.webhook, body, key, root)
            outcomes = {} if answer is None else dict.fromkeys(owed)
    except DeliveryProblem as error:
        outcomes = dict.fromkeys(owed, str(error))
    outbox.finish(key, channel, outcomes, when)
    return outcomes


def _tell(report: DeliverReport, key: str, channel: str, problems: dict[str, str | None]) -> None:
    """Count and log what was sent; one failure line per reason, naming whom it concerns."""
    report.sent += any(problem is None for problem in problems.values())  # one message, its copies
    by_reason: dict[str, list[str]] = {}
    for to, problem in problems.items():
        if problem is None:
            LOGGER.info("deliver: sent %s by %s to %s", key, channel, to)
        else:
            by_reason.setdefault(problem, []).append(to)
    for problem, names in by_reason.items():
        whom = f" to {', '.join(names)}" if channel == "email" else ""
        report.failed.append(f"{key} by {channel}{whom}: {problem}")
        LOGGER.error("deliver: %s", report.failed[-1])


def _problem(outcomes: dict[str, str | None], to: str, key: str, when: str) -> str | None:
    """What went wrong sending to ``to`` (None: it was accepted)."""
    if to not in outcomes:
        return (f"the connection was lost while sending; it may have been sent at {when[11:16]} UTC; "
                f"not re-sent - run `briefings deliver --resend {key}` to force")
    return outcomes[to]
