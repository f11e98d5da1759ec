"""What a delivery says: the e-mail (PDF attached; what changed as plain text and as HTML,
every value escaped by :func:`html.escape`) and the webhook's JSON payload."""

from __future__ import annotations

import hashlib
import html
import json
from email.message import EmailMessage
from typing import Any


def summary_lines(entry: dict[str, Any]) -> list[str]:
    changes = entry.get("changes") or []
    if not changes:
        return ["This is the first edition." if not entry.get("since") else "No changes in the content."]
    return [f"What changed since the edition of {entry['since']}:"] + [f"- {line}" for line in changes]


def email_message(entry: dict[str, Any], key: str, pdf: bytes | None, sender: str,
                  recipients: list[str]) -> EmailMessage:
    """The e-mail for one edition: text and HTML alternatives, the PDF attached."""
    message = EmailMessage()
    message["Subject"] = f"{entry['title']}: edition of {entry['as_of']}"
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Message-ID"] = f"<{hashlib.sha256(key.encode()).hexdigest()[:32]}@briefings>"  # same edition, same id
    lines = summary_lines(entry)
    attached = "The brief is attached as a PDF." if pdf else "This edition has no PDF."
    message.set_content("\n".join([entry["title"], "", *lines, "", attached, ""]))
    items = "".join(f"<li>{html.escape(line[2:])}</li>" for line in lines if line.startswith("- "))
    heading = html.escape(lines[0]) if not items else html.escape(lines[0])
    message.add_alternative(
        f"<!DOCTYPE html><html><body><h1>{html.escape(entry['title'])}</h1>"
        f"<p>{heading}</p>{f'<ul>{items}</ul>' if items else ''}<p>{html.escape(attached)}</p></body></html>",
        subtype="html")
    if pdf:
        message.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"{entry['briefing']}.pdf")
    return message


def webhook_body(entry: dict[str, Any], key: str, pdf: bytes | None) -> bytes:
    """The JSON the webhook receives (serialised by :mod:`json`, never by hand)."""
    payload = {
        "delivery": key, "briefing": entry["briefing"], "title": entry["title"], "as_of": entry["as_of"],
        "edition": entry.get("built_at"), "changes": entry.get("changes") or [],
        "changes_since": entry.get("since"),
        "pdf_sha256": hashlib.sha256(pdf).hexdigest() if pdf else None,
    }
    return json.dumps(payload, ensure_ascii=False, sort_keys=True).encode("utf-8")
