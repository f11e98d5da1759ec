"""Sending an e-mail over SMTP: implicit TLS, or STARTTLS (required when configured), with
the system's certificate store or a configured CA file; plain text only to this machine.

The answer is per recipient, because the server's is: one address refused does not make the
others unsent. A failure before the message is handed over (connecting, TLS, login) is a plain
failure; a connection lost while the message is being handed over is *in doubt* (the server
may have accepted it), and the caller must not send it again by itself.
"""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage
from pathlib import Path

from briefings.deliver.secrets import DeliveryProblem, read_secret
from briefings.schema.config import Email

#: What :func:`send_email` says of a recipient whose outcome is unknown.
IN_DOUBT = None


def send_email(settings: Email, message: EmailMessage, root: Path,
               recipients: list[str]) -> dict[str, str | None]:
    """Send ``message`` to ``recipients``: for each, None if accepted, else why not. A
    recipient missing from the answer is in doubt. DeliveryProblem if nothing was handed over."""
    client = _connect(settings, root)
    where = f"email via {settings.host}:{settings.port}"
    try:
        with client:
            try:
                refused = client.send_message(message, to_addrs=recipients)
            except smtplib.SMTPRecipientsRefused as error:
                return {to: f"{where}: refused: {_reply(*error.recipients.get(to, (0, b'')))}" for to in recipients}
            except (smtplib.SMTPSenderRefused, smtplib.SMTPDataError) as error:
                return dict.fromkeys(recipients, f"{where}: refused: {_reply(error.smtp_code, error.smtp_error)}")
            except (smtplib.SMTPException, OSError):
                return {}  # lost while handing it over: in doubt for everyone
    except (smtplib.SMTPException, OSError):
        pass  # the QUIT after the message: what was answered stands
    return {to: (f"{where}: refused: {_reply(*refused[to])}" if to in refused else None) for to in recipients}


def _connect(settings: Email, root: Path) -> smtplib.SMTP:
    """A client connected, secured and logged in; DeliveryProblem saying why not."""
    password = read_secret("email password", settings.password_env, settings.password_file, root)
    if password and not settings.username:
        raise DeliveryProblem("email: a password is configured but no username")
    client: smtplib.SMTP | None = None
    try:
        context = (ssl.create_default_context(cafile=str(root / settings.ca_file) if settings.ca_file else None)
                   if settings.security != "none" else None)  # an absolute ca_file stays as it is
        if settings.security == "tls":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=settings.timeout_seconds,
                                      context=context)
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout_seconds)
        if settings.security == "starttls":
            client.starttls(context=context)
        if settings.username:
            client.login(settings.username, password or "")
    except (smtplib.SMTPException, ssl.SSLError, OSError) as error:
        if client is not None:
            client.close()
        raise DeliveryProblem(f"email via {settings.host}:{settings.port}: {type(error).__name__}: {error}") from None
    return client


def _reply(code: int, text: bytes | str) -> str:
    words = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    return f"{code} {' '.join(words.split())}"[:300]
