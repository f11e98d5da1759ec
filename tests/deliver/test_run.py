"""Delivery of new editions to a real SMTP server (aiosmtpd) and a webhook receiver, both on
127.0.0.1: the PDF attached, what changed as the body, signatures checked, failures retried,
nothing sent twice, credentials never in the configuration or the workspace."""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import shutil
from pathlib import Path

import pytest

from briefings.api import build_workspace
from briefings.cli.app import main
from briefings.deliver.run import deliver
from briefings.load.toml import load_config
from tests.conftest import SEEDS
from tests.mailservers import SmtpServer, WebhookReceiver, free_port, self_signed

SECRET = "webhook-test-secret"
BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"


def workspace(root: Path, smtp_port: int, hook: str, email_extra: str = "") -> Path:
    shutil.copytree(SEEDS, root / "seeds")
    (root / "briefings.toml").write_text(
        f'formats = ["md", "pdf"]\n[[inputs]]\nbriefing = "{BRIEFING}"\n'
        f'[inputs.email]\nhost = "127.0.0.1"\nport = {smtp_port}\n'
        f'sender = "briefings@example.org"\nrecipients = ["desk@example.org", "chief@example.org"]\n'
        f'{email_extra or chr(115) + "ecurity = " + chr(34) + "none" + chr(34) + chr(10)}'
        f'[inputs.webhook]\nurl = "{hook}"\nallow_http = true\nsecret_env = "BRIEFINGS_TEST_SECRET"\n',
        encoding="utf-8")
    return root


def revise(root: Path, bluf: str) -> None:
    """Give the briefing a new bottom line (a new edition)."""
    path = root / BRIEFING
    text = re.sub(r"bluf: >-\n(  .*\n)+", lambda _: f"bluf: {json.dumps(bluf)}\n", path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")


def build(root: Path) -> None:
    report = build_workspace(root / "briefings.toml", root=root)
    assert report.ok, report.failed


def send(root: Path):
    return deliver(load_config(root / "briefings.toml"))


def body_of(message) -> tuple[str, str]:
    text = message.get_body(preferencelist=("plain",)).get_content()
    html = message.get_body(preferencelist=("html",)).get_content()
    return text, html


def attachment(message) -> tuple[str, bytes]:
    part = next(iter(message.iter_attachments()))
    return part.get_filename(), part.get_content()


def check_signature(headers: dict[str, str], body: bytes) -> bool:
    expected = "sha256=" + hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(headers["X-Briefings-Signature"], expected)


@pytest.fixture(autouse=True)
def secret(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFINGS_TEST_SECRET", SECRET)


def test_each_new_edition_is_mailed_and_posted_once(tmp_path: Path) -> None:
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        root = workspace(tmp_path, smtp.port, hook.url)
        build(root)
        first = send(root)
        assert (first.queued, first.sent, first.failed) == (1, 2, [])
        [message] = smtp.inbox.messages
        assert smtp.inbox.envelopes[0] == ("briefings@example.org", ["desk@example.org", "chief@example.org"])
        text, _ = body_of(message)
        assert "This is the first edition." in text
        name, pdf = attachment(message)
        assert name == "us-turkey-caatsa-sanctions.pdf"
        assert pdf == (root / "output" / "us-turkey-caatsa-sanctions.pdf").read_bytes()
        # a second edition: the bottom line revised
        revise(root, "Ankara <b>retaliates</b> & Washington waits.")
        build(root)
        second = send(root)
        assert (second.queued, second.sent) == (1, 2)
        newest = smtp.inbox.messages[1]
        text, html = body_of(newest)
        assert "What changed since the edition of 2020-12-16:" in text
        assert "- The bottom line was revised." in text
        assert "<li>The bottom line was revised.</li>" in html
        assert attachment(newest)[1] == (root / "output" / "us-turkey-caatsa-sanctions.pdf").read_bytes()
        assert attachment(newest)[1] != pdf
        assert newest["Message-ID"] != message["Message-ID"]
        # nothing new: nothing sent
        third = send(root)
        assert (third.queued, third.sent, third.failed) == (0, 0, [])
        assert len(smtp.inbox.messages) == 2 and len(hook.received) == 2
        for headers, body in hook.received:
            assert check_signature(headers, body)
        payload = json.loads(hook.received[1][1])
        assert payload["changes"] == ["The bottom line was revised."]
        assert payload["pdf_sha256"] == hashlib.sha256(attachment(newest)[1]).hexdigest()
        assert payload["delivery"] == hook.received[1][0]["X-Briefings-Delivery"]


def test_a_failed_delivery_is_retried_next_run_and_never_sent_twice(tmp_path: Path) -> None:
    port = free_port()  # nothing listens there yet
    with WebhookReceiver() as hook:
        root = workspace(tmp_path, port, hook.url)
        build(root)
        hook.status = 500
        failed = send(root)
        assert (failed.queued, failed.sent, len(failed.failed)) == (1, 0, 2)
        assert "ConnectionRefusedError" in failed.failed[0] and "HTTP 500" in failed.failed[1]
        pdf = (root / "output" / "us-turkey-caatsa-sanctions.pdf").read_bytes()
        # a later build replaces the outputs; the queued edition keeps its own PDF
        (root / "output" / "us-turkey-caatsa-sanctions.pdf").write_bytes(b"%PDF-1.7 replaced")
        hook.status = 200
        with SmtpServer(port) as smtp:
            retried = send(root)
            assert (retried.queued, retried.sent, retried.failed) == (0, 2, [])
            assert attachment(smtp.inbox.messages[0])[1] == pdf
            again = send(root)
            assert (again.sent, len(smtp.inbox.messages), len(hook.received)) == (0, 1, 1)
    outbox = json.loads((root / "output" / ".briefings" / "outbox" / "outbox.json").read_text())
    [entry] = outbox.values()
    assert entry["channels"]["email"]["attempts"] == 2 and entry["channels"]["email"]["status"] == "sent"
    assert not list((root / "output" / ".briefings" / "outbox").glob("*.pdf"))  # copy removed once sent


def test_starttls_and_login_with_a_password_from_the_environment(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    certs = tmp_path / "certs"
    certs.mkdir()
    self_signed(certs)
    monkeypatch.setenv("BRIEFINGS_TEST_SMTP_PASSWORD", "s3cret")
    root = tmp_path / "ws"
    with SmtpServer(tls_dir=certs, login=("analyst", "s3cret")) as smtp, WebhookReceiver() as hook:
        workspace(root, smtp.port, hook.url,
                  f'security = "starttls"\nusername = "analyst"\npassword_env = "BRIEFINGS_TEST_SMTP_PASSWORD"\n'
                  f'ca_file = "{certs / "cert.pem"}"\n')
        build(root)
        assert send(root).sent == 2
        assert len(smtp.inbox.messages) == 1
        monkeypatch.setenv("BRIEFINGS_TEST_SMTP_PASSWORD", "wrong")
        (root / "briefings.toml").write_text((root / "briefings.toml").read_text().replace(
            f'ca_file = "{certs / "cert.pem"}"\n', ""))  # the system store does not trust it
        revise(root, "New.")
        build(root)
        report = send(root)
        assert report.sent == 1 and "CERTIFICATE_VERIFY_FAILED" in report.failed[0]


@pytest.mark.parametrize("extra, message", [
    ('security = "none"\nusername = "a"\npassword_env = "BRIEFINGS_UNSET_VARIABLE"\n',
     "the environment variable BRIEFINGS_UNSET_VARIABLE is not set"),
    ('security = "none"\nusername = "a"\npassword_file = "secret.txt"\n',  # no secrets folder set up
     "secrets: No such file or directory; make it with `mkdir -p"),
])
def test_credentials_come_from_outside_the_workspace(tmp_path: Path, extra: str, message: str,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BRIEFINGS_SECRETS_DIR", str(tmp_path / "secrets"))
    with WebhookReceiver() as hook:
        root = workspace(tmp_path, free_port(), hook.url, extra.replace("{root}", str(tmp_path)))
        (root / "secret.txt").write_text("hunter2")
        build(root)
        report = send(root)
        assert report.sent == 1 and len(report.failed) == 1 and message in report.failed[0]


def test_clear_text_smtp_only_to_this_machine(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    (tmp_path / "briefings.toml").write_text(
        f'[[inputs]]\nbriefing = "{BRIEFING}"\n[inputs.email]\nhost = "mail.example.org"\n'
        'security = "none"\nsender = "a@example.org"\nrecipients = ["b@example.org"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["deliver"]) == 1
    err = capsys.readouterr().err
    assert "briefings.toml:" in err and "allowed only for a server on this machine" in err


def test_deliver_command_reports_counts(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        root = workspace(tmp_path, smtp.port, hook.url)
        build(root)
        monkeypatch.chdir(root)
        assert main(["deliver"]) == 0
        assert "deliver: 1 edition(s) queued, 2 message(s) sent, 0 failed" in capsys.readouterr().err
        hook.status = 500
        revise(root, "New.")
        build(root)
        assert main(["deliver"]) == 1
        assert "1 message(s) sent, 1 failed" in capsys.readouterr().err


def test_changes_are_escaped_in_the_html_part() -> None:
    from briefings.deliver.message import email_message
    from briefings.deliver.records import Entry

    entry = Entry(briefing="b", title="T & <i>co</i>", as_of="2020-12-17", since="2020-12-16",
                  changes=["New quote from X: “<script>alert(1)</script>”"], channels={})
    message = email_message(entry, "b@1", None, "a@example.org", ["b@example.org"])
    _, html = body_of(message)
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<h1>T &amp; &lt;i&gt;co&lt;/i&gt;</h1>" in html
