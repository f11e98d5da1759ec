"""POSTing an edition's summary to a webhook, signed with HMAC-SHA256 over the exact body
(header ``X-Briefings-Signature: sha256=<hex>``), so the receiver can check it came from us;
``X-Briefings-Delivery`` carries the edition key for receivers that de-duplicate.

A request that never reached the receiver (refused connection, TLS) or that it answered with
an error is a failure, tried again next run; one whose answer was lost after the body was sent
is *in doubt* (None), and is not sent again by itself."""

from __future__ import annotations

import hashlib
import hmac
from pathlib import Path

import httpx

from briefings.constants import VERSION as __version__
from briefings.deliver.secrets import DeliveryProblem, read_secret
from briefings.schema.config import Webhook


def signature(secret: str, body: bytes) -> str:
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def post_webhook(settings: Webhook, body: bytes, key: str, root: Path) -> str | None:
    """POST ``body``; "" if the receiver answered 2xx, None if in doubt; DeliveryProblem
    saying why it was not taken."""
    secret = read_secret("webhook secret", settings.secret_env, settings.secret_file, root)
    assert secret is not None  # the settings require one
    headers = {"Content-Type": "application/json", "User-Agent": f"briefings/{__version__}",
               "X-Briefings-Signature": signature(secret, body), "X-Briefings-Delivery": key}
    where = f"webhook {settings.url}"
    try:
        response = httpx.post(settings.url, content=body, headers=headers, timeout=settings.timeout_seconds,
                              follow_redirects=False, trust_env=False)
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.UnsupportedProtocol) as error:
        raise DeliveryProblem(f"{where}: {type(error).__name__}: {error}") from None
    except httpx.HTTPError:
        return None  # sent, and the answer lost: in doubt
    if not 200 <= response.status_code < 300:
        raise DeliveryProblem(f"{where}: HTTP {response.status_code}")
    return ""
