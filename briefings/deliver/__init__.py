"""Sending new editions to their readers: e-mail (SMTP) and signed webhooks.

    outbox    what is owed to whom, kept in a state file written atomically: never lost, never
              sent twice, retried until it goes
    message   the e-mail (PDF attached, what changed as text and HTML) and the webhook payload
    secrets   credentials from environment variables or files outside the workspace
    smtp      sending over SMTP with STARTTLS or TLS
    webhook   a JSON POST signed with HMAC-SHA256
    run       ``briefings deliver``: queue each new edition, then send everything pending
"""
