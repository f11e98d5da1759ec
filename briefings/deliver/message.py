"""What a delivery says: the e-mail (PDF attached; what changed as plain text and as HTML,
every value escaped by :func:`html.escape`) and the webhook's JSON payload.

The title and the changes come from a briefing, which is untrusted: before they go into a
subject line or a JSON value, characters that would make them read differently from what they
are (bidirectional controls, zero-width and TAG characters) or break a header (line and
paragraph separators, control characters) are written out visibly, as ``[U+202E]``.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import unicodedata
from email.message import EmailMessage

from briefings.deliver.records import Entry
from briefings.schema.types import BIDI_CONTROLS, INVISIBLE_CHARACTERS


def visible(text: str) -> str:
    """``text`` with every character that hides or reorders text, or breaks a line, written out."""
    def shown(match: re.Match[str]) -> str:
        return f"[U+{ord(match.group()):04X}]"

    text = BIDI_CONTROLS.sub(shown, INVISIBLE_CHARACTERS.sub(shown, text))
    return "".join(f"[U+{ord(c):04X}]" if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)


def message_id(key: str) -> str:
    """The Message-ID of an edition's e-mail: the same edition, the same id (recorded before
    sending, so a reader, or a receiving server, can tell a repeat)."""
    return f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@briefings>"


def _shown_date(date: str) -> str:
    """``2020-12-16`` as it is; ``2020-12-16T09:30Z`` (a second edition that day) with its time."""
    return date.replace("T", " ").replace("Z", " UTC") if "T" in date else date


def summary_lines(entry: Entry) -> list[str]:
    if not entry.changes:
        return ["This is the first edition." if not entry.since else "No changes in the content."]
    heading = f"What changed since the edition of {_shown_date(entry.since or '')}:"
    return [heading] + [f"- {visible(line)}" for line in entry.changes]


def email_message(entry: Entry, key: str, pdf: bytes | None, sender: str, recipients: list[str]) -> EmailMessage:
    """The e-mail for one edition: text and HTML alternatives, the PDF attached."""
    message = EmailMessage()
    title = visible(entry.title)
    message["Subject"] = f"{title}: edition of {_shown_date(entry.as_of)}"
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Message-ID"] = message_id(key)
    lines = summary_lines(entry)
    attached = "The brief is attached as a PDF." if pdf else "This edition has no PDF."
    message.set_content("\n".join([title, "", *lines, "", attached, ""]))
    items = "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines if line.startswith("- "))
    message.add_alternative(
        f"<!DOCTYPE html><html><body><h1>{html.escape(title)}</h1>"
        f"<p>{html.escape(lines[0])}</p>{f'<ul>{items}</ul>' if items else ''}"
        f"<p>{html.escape(attached)}</p></body></html>",
        subtype="html")
    if pdf:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{entry.briefing}.pdf")
    return message


def webhook_body(entry: Entry, key: str, pdf: bytes | None) -> bytes:
    """The JSON the webhook receives (serialised by :mod:`json`, never by hand)."""
    payload = {
        "delivery": key, "briefing": entry.briefing, "title": visible(entry.title), "as_of": entry.as_of,
        "edition": entry.built_at, "changes": [visible(line) for line in entry.changes],
        "changes_since": entry.since,
        "pdf_sha256": hashlib.sha256(pdf).hexdigest() if pdf else None,
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
