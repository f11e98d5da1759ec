"""Sending an e-mail over SMTP: implicit TLS, or STARTTLS (required when configured), with
the system's certificate store or a configured CA file; plain text only to this machine."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

from briefings.deliver.secrets import DeliveryProblem, read_secret
from briefings.schema.config import Email


def send_email(settings: Email, message: EmailMessage, root: Path) -> None:
    """Send ``message``; raise DeliveryProblem saying why it was not accepted."""
    password = read_secret("email password", settings.password_env, settings.password_file, root)
    if password and not settings.username:
        raise DeliveryProblem("email: a password is configured but no username")
    context = ssl.create_default_context(cafile=settings.ca_file) if settings.security != "none" else None
    try:
        if settings.security == "tls":
            client: smtplib.SMTP = smtplib.SMTP_SSL(settings.host, settings.port,
                                                    timeout=settings.timeout_seconds, context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
        with client:
            if settings.security == "starttls":
                client.starttls(context=context)
            if settings.username:
                client.login(settings.username, password or "")
            refused = client.send_message(message)
    except (smtplib.SMTPException, ssl.SSLError, OSError) as error:
        raise DeliveryProblem(f"email via {settings.host}:{settings.port}: {type(error).__name__}: {error}") from None
    if refused:
        raise DeliveryProblem(f"email: recipients refused: {', '.join(sorted(refused))}")
