"""Sending new editions to their readers: e-mail (SMTP) and signed webhooks.

    records   the outbox's strict models: per recipient, pending → sending → sent / failed
    outbox    what is owed to whom, kept in output/ (untrusted: confined, never through a link),
              the intent saved before sending and the outcome after: never sent twice
    message   the e-mail (PDF attached, what changed as text and HTML) and the webhook payload
    secrets   credentials from BRIEFINGS_* variables or the user's own secrets folder
    smtp      sending over SMTP with STARTTLS or TLS, answering per recipient
    webhook   a JSON POST signed with HMAC-SHA256
    run       ``briefings deliver``: queue each new edition (drafts held), then send what is owed
"""
