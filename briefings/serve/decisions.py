"""A decision posted from the review page, written as ``briefings review`` writes it.

The form says what to do (``action``: accept, reject, edit, accept-article, reject-article),
to what (``item``, a review id; or ``source``, an article's id) and on which version of the
file the analyst saw (``version``). The edit goes through :mod:`briefings.review.decide`, the
one place that changes a briefing on review: comments and layout kept, validated, the old file
put back if the result would not load, and refused if the file changed since the page loaded.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from http import HTTPStatus

from briefings.errors import BriefingError, ValidationFailed
from briefings.review.decide import (
    StaleFile,
    check_version,
    decide,
    edit_speaker,
    file_version,
    read_tree,
)
from briefings.review.items import SHORT_ID
from briefings.review.lock import briefing_lock
from briefings.review.proposals import proposals
from briefings.serve.preview import Entry, Preview

ACTIONS = ("accept", "reject", "edit", "accept-article", "reject-article")
#: Seconds to wait for the watcher to show the written file before rebuilding it here.
SHOWN_WITHIN = 5.0
#: One decision at a time: two tabs posting together must not interleave their edits.
_WRITING = threading.Lock()


@dataclass
class Outcome:
    """What to answer: a redirect to the page (done), or a status and a message (not done)."""

    status: HTTPStatus
    message: str = ""
    location: str = ""
    form: dict[str, str] = field(default_factory=dict)


def apply(preview: Preview, entry: Entry, form: dict[str, str]) -> Outcome:
    """Carry out one posted decision on ``entry``'s file; the preview is rebuilt after."""
    action, item = form.get("action", ""), form.get("item", "").strip()
    if action not in ACTIONS:
        return Outcome(HTTPStatus.BAD_REQUEST, f"unknown action {action[:40]!r}", form=form)
    try:
        with _WRITING, briefing_lock(preview.workspace.root, entry.path):  # the lock ingest takes
            anchor = _carry_out(entry, action, item, form)
    except StaleFile as stale:
        preview.refresh([entry.path])
        return Outcome(HTTPStatus.CONFLICT, str(stale), form=form)
    except ValidationFailed as failure:
        message = "the briefing would no longer be valid, so it was left as it was: " + "; ".join(
            str(issue) for issue in failure.issues if issue.is_error)
        return Outcome(HTTPStatus.UNPROCESSABLE_ENTITY, message, form=form)
    except BriefingError as error:
        return Outcome(HTTPStatus.UNPROCESSABLE_ENTITY, str(error), form=form)
    # the page the browser is sent back to shows the change: the watcher's rebuild (one
    # rebuild, so the page does not reload a second time), or one made here if it is late
    written = file_version(entry.path.read_bytes())
    if not preview.wait_for_version(entry.path, written, SHOWN_WITHIN):
        preview.refresh([entry.path])
    return Outcome(HTTPStatus.SEE_OTHER, location=f"/b/{entry.key}/{anchor}")


def _carry_out(entry: Entry, action: str, item: str, form: dict[str, str]) -> str:
    """Write the decision; the anchor of the page to go back to."""
    expect = form.get("version", "")
    if action == "edit":
        party, _, speaker = form.get("speaker", "").partition("/")
        moved = edit_speaker(entry.path, item, party, speaker, expect=expect)
        return f"#item-{moved.fingerprint[:SHORT_ID]}"  # another speaker, another review id
    if action.endswith("-article"):
        source = form.get("source", "")
        ids = [p.id for p in proposals(entry.path, read_tree(entry.path)) if p.source_id == source]
        if not ids:
            check_version(entry.path, entry.path.read_bytes(), expect)
            raise BriefingError(f"no proposed item comes from the article '{source[:80]}'")
    else:
        ids = [item]
    if action.startswith("accept"):
        decide(entry.path, accept=ids, expect=expect)
    else:
        decide(entry.path, reject=ids, expect=expect)
    return "#review"
