"""Delivery when ``output/`` and the configuration are hostile, and when a run dies: each case
runs the real CLI against the loopback SMTP server and webhook receiver of tests/mailservers.py.

The outbox is read through strict models and confined to ``output/``; nothing is read or
written through a link; a file is deleted only if it is the copy the outbox made; a message is
recorded per recipient, its intent before it is sent and its outcome after, so a rerun never
sends it twice and says when it cannot know.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from briefings.api import build_workspace
from briefings.cli.app import main
from tests.conftest import ROOT, SEEDS
from tests.mailservers import SmtpServer, WebhookReceiver

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
BRIEFING_ID = "us-turkey-caatsa-sanctions"
SECRET = "a-webhook-secret-for-these-tests"
OUTBOX = Path("output/.briefings/outbox")


def make_workspace(root: Path, smtp_port: int, hook: str, *, recipients: str = '"desk@example.org", '
                   '"chief@example.org"', extra: str = "") -> Path:
    shutil.copytree(SEEDS, root / "seeds", dirs_exist_ok=True)
    (root / "briefings.toml").write_text(
        f'formats = ["md"]\n[[inputs]]\nbriefing = "{BRIEFING}"\n{extra}'
        f'[inputs.email]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\n'
        f'sender = "briefings@example.org"\nrecipients = [{recipients}]\n'
        f'[inputs.webhook]\nurl = "{hook}"\nallow_http = true\nsecret_env = "BRIEFINGS_TEST_SECRET"\n',
        encoding="utf-8")
    return root


def build(root: Path) -> None:
    assert build_workspace(root / "briefings.toml", root=root).ok


def fake_pdf(root: Path, content: bytes = b"%PDF-1.7 the brief as laid out\n") -> bytes:
    """The md build stands in for a full one; the PDF is a file with the bytes a test names."""
    (root / "output" / f"{BRIEFING_ID}.pdf").write_bytes(content)
    return content


def deliver(root: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["deliver", "--config", str(root / "briefings.toml"), *args])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    return code, captured.err


def outbox(root: Path) -> dict:
    return json.loads((root / OUTBOX / "outbox.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def _secret(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("BRIEFINGS_TEST_SECRET", SECRET)
    monkeypatch.setenv("BRIEFINGS_SECRETS_DIR", str(tmp_path / "no-secrets-here"))


@pytest.fixture
def servers():
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        yield smtp, hook


# --------------------------------------------------------------------------- a planted outbox


def test_a_planted_entry_naming_a_file_outside_is_neither_mailed_nor_deleted(
        tmp_path: Path, servers, capsys: pytest.CaptureFixture[str]) -> None:
    smtp, hook = servers
    root = make_workspace(tmp_path / "ws", smtp.port, hook.url)
    victim = tmp_path / "victim.txt"
    victim.write_text("a file of the user's, outside the workspace")
    build(root)
    (root / OUTBOX).mkdir(parents=True)
    channel = {"status": "pending", "attempts": 0, "message_id": None,
               "recipients": {"desk@example.org": {"status": "pending"}}}
    (root / OUTBOX / "outbox.json").write_text(json.dumps({f"{BRIEFING_ID}@20201216T000000Z": {
        "briefing": BRIEFING_ID, "title": "planted", "as_of": "2020-12-16", "pdf": str(victim),
        "pdf_sha256": "0" * 64, "channels": {"email": channel}}}))
    code, err = deliver(root, capsys)
    assert code == 1
    assert "outbox.json" in err and ".pdf" in err and "the outbox is not one briefings wrote" in err
    assert victim.exists() and smtp.inbox.messages == [] and hook.received == []


SHAPES = [
    ('{"x@first": 1}', "x@first: Input should be an object"),
    ('[1, 2]', "Input should be an object"),
    ('{"%s@first": {"briefing": "%s", "title": "t", "as_of": "2020-12-16", "channels": '
     '{"email": {"attempts": "3", "recipients": {}}}}}' % (BRIEFING_ID, BRIEFING_ID), "attempts"),
    ('{"../../etc@first": {}}', "../../etc@first"),
    ("not json at all", "Invalid JSON"),
]


@pytest.mark.parametrize("content, where", SHAPES)
def test_an_outbox_of_the_wrong_shape_is_a_clear_error(content: str, where: str, tmp_path: Path, servers,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    smtp, hook = servers
    root = make_workspace(tmp_path, smtp.port, hook.url)
    build(root)
    (root / OUTBOX).mkdir(parents=True)
    (root / OUTBOX / "outbox.json").write_text(content)
    code, err = deliver(root, capsys)
    assert code == 1 and where in err and "outbox.json" in err, err
    assert smtp.inbox.messages == []


def test_every_shape_row_can_fail(tmp_path: Path, servers, capsys: pytest.CaptureFixture[str]) -> None:
    """The outbox briefings writes itself is read back without a word of the rows' messages."""
    smtp, hook = servers
    root = make_workspace(tmp_path, smtp.port, hook.url)
    build(root)
    hook.status = 500  # the webhook fails: the outbox keeps a pending entry to read back
    assert deliver(root, capsys)[0] == 1
    code, err = deliver(root, capsys)
    assert "HTTP 500" in err and not [where for _, where in SHAPES if where in err]


def test_an_outbox_folder_linked_outside_is_refused(tmp_path: Path, servers,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    smtp, hook = servers
    root = make_workspace(tmp_path / "ws", smtp.port, hook.url)
    build(root)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (root / OUTBOX).symlink_to(elsewhere, target_is_directory=True)
    code, err = deliver(root, capsys)
    assert code == 1 and "outside" in err and "outbox" in err
    assert list(elsewhere.iterdir()) == [] and smtp.inbox.messages == []


def test_a_link_planted_at_the_copy_name_is_replaced_not_written_through(
        tmp_path: Path, servers, capsys: pytest.CaptureFixture[str]) -> None:
    smtp, hook = servers
    root = make_workspace(tmp_path / "ws", smtp.port, hook.url)
    build(root)
    pdf = fake_pdf(root)
    built_at = json.loads((root / "output/.briefings/editions" / f"{BRIEFING_ID}.json").read_text())["built_at"]
    target = tmp_path / "target.txt"
    target.write_text("must stay as it is")
    (root / OUTBOX).mkdir(parents=True)
    (root / OUTBOX / f"{BRIEFING_ID}-{built_at}.pdf").symlink_to(target)
    code, _ = deliver(root, capsys)
    assert code == 0
    assert target.read_text() == "must stay as it is"
    [message] = smtp.inbox.messages
    assert next(iter(message.iter_attachments())).get_content() == pdf


def test_an_output_pdf_replaced_by_a_link_is_not_mailed(tmp_path: Path, servers,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    smtp, hook = servers
    root = make_workspace(tmp_path / "ws", smtp.port, hook.url)
    build(root)
    secret = tmp_path / "secret.pdf"
    secret.write_bytes(b"%PDF-1.7 someone else's document")
    (root / "output" / f"{BRIEFING_ID}.pdf").symlink_to(secret)
    code, err = deliver(root, capsys)
    assert code == 1 and "is a symbolic link; it is not followed" in err
    assert smtp.inbox.messages == [] and hook.received == [] and secret.exists()


def test_a_copy_changed_after_queueing_is_neither_sent_nor_deleted(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    with WebhookReceiver() as hook:
        root = make_workspace(tmp_path, 9, hook.url)  # port 9: nothing answers, the e-mail waits
        build(root)
        fake_pdf(root)
        assert deliver(root, capsys)[0] == 1
        [copy] = (root / OUTBOX).glob("*.pdf")
        copy.write_bytes(b"%PDF-1.7 swapped in")
        with SmtpServer() as smtp:
            config = (root / "briefings.toml").read_text().replace("port = 9\n", f"port = {smtp.port}\n")
            (root / "briefings.toml").write_text(config)
            code, err = deliver(root, capsys)
            assert code == 1 and "the PDF copy changed since it was queued" in err
            assert smtp.inbox.messages == [] and copy.read_bytes() == b"%PDF-1.7 swapped in"


# --------------------------------------------------------------------------- nothing sent twice


class RefusesOne:
    """An SMTP handler that refuses one address (550) and accepts the others."""

    def __init__(self, refused: str) -> None:
        self.refused = refused

    async def handle_RCPT(self, server, session, envelope, address, options):
        if address == self.refused:
            return "550 no such mailbox here"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def test_a_refused_recipient_never_makes_the_others_receive_it_again(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        smtp.inbox.handle_RCPT = RefusesOne("chief@example.org").handle_RCPT  # type: ignore[attr-defined]
        root = make_workspace(tmp_path, smtp.port, hook.url)
        build(root)
        for _ in range(3):
            code, err = deliver(root, capsys)
            assert code == 1 and "chief@example.org: email via" in err and "550 no such mailbox here" in err
        assert [to for _, to in smtp.inbox.envelopes] == [["desk@example.org"]]  # one copy, three runs
        assert len(hook.received) == 1
        state = outbox(root)[next(iter(outbox(root)))]["channels"]["email"]
        assert state["recipients"]["desk@example.org"]["status"] == "sent"
        assert state["recipients"]["chief@example.org"]["status"] == "failed"
        assert state["attempts"] == 3 and state["message_id"].endswith("@briefings>")


class KillsTheSender:
    """An SMTP handler that takes the message, then kills the process that sent it before it
    hears the answer: the moment after the server accepted and before the outbox recorded."""

    def __init__(self) -> None:
        self.pid = 0

    async def handle_DATA(self, server, session, envelope):
        os.kill(self.pid, signal.SIGKILL)
        return "250 OK"


def test_a_run_killed_while_sending_does_not_send_again_and_says_how_to_force(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    killer = KillsTheSender()
    with SmtpServer() as smtp, WebhookReceiver() as hook:
        accepted = smtp.inbox.handle_DATA
        smtp.inbox.handle_DATA = killer.handle_DATA  # type: ignore[method-assign]
        root = make_workspace(tmp_path, smtp.port, hook.url)
        build(root)
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        process = subprocess.Popen([sys.executable, "-m", "briefings", "deliver", "--config",
                                    str(root / "briefings.toml")], env=env, cwd=root,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        killer.pid = process.pid
        assert process.wait(timeout=120) == -signal.SIGKILL
        smtp.inbox.handle_DATA = accepted  # type: ignore[method-assign]
        state = outbox(root)[next(iter(outbox(root)))]
        assert {r["status"] for r in state["channels"]["email"]["recipients"].values()} == {"sending"}
        code, err = deliver(root, capsys)
        assert code == 1 and smtp.inbox.messages == []
        key = next(iter(outbox(root)))
        assert f"may have been sent at {state['channels']['email']['recipients']['desk@example.org']['since'][11:16]}" \
            in err
        assert f"not re-sent - run `briefings deliver --resend {key}` to force" in err
        assert deliver(root, capsys)[0] == 1 and smtp.inbox.messages == []  # still not by itself
        code, err = deliver(root, capsys, "--resend", key)
        assert code == 0, err
        assert len(smtp.inbox.messages) == 1
        assert sorted(smtp.inbox.envelopes[0][1]) == ["chief@example.org", "desk@example.org"]
        assert deliver(root, capsys)[0] == 0 and len(smtp.inbox.messages) == 1
        code, err = deliver(root, capsys, "--resend", key)
        assert code == 1 and "nothing of it is in doubt" in err


# --------------------------------------------------------------------------- text in headers


def test_bidi_zero_width_and_line_separators_never_reach_the_subject_or_json_raw(
        tmp_path: Path, servers, capsys: pytest.CaptureFixture[str]) -> None:
    smtp, hook = servers
    root = make_workspace(tmp_path / "ws", smtp.port, hook.url)
    path = root / BRIEFING
    text = path.read_text(encoding="utf-8")
    title = "Sanctions \u202eTOP\u202c on\u200b the\u2028agency"
    path.write_text(text.replace("title: US CAATSA sanctions on Turkey's defence procurement agency over the S-400",
                                 f"title: {json.dumps(title)}", 1), encoding="utf-8")
    build(root)
    assert deliver(root, capsys)[0] == 0
    [message] = smtp.inbox.messages
    subject = str(message["Subject"])
    assert subject.startswith("Sanctions [U+202E]TOP[U+202C] on[U+200B] the[U+2028]agency: edition of ")
    body = hook.received[0][1].decode("utf-8")
    assert "\u202e" not in body and "\u200b" not in body and "\u2028" not in body
    assert json.loads(body)["title"] == "Sanctions [U+202E]TOP[U+202C] on[U+200B] the[U+2028]agency"


def test_a_line_separator_in_one_title_does_not_stop_the_other_briefings(
        tmp_path: Path, servers, capsys: pytest.CaptureFixture[str]) -> None:
    smtp, hook = servers
    root = make_workspace(tmp_path / "ws", smtp.port, hook.url)
    second = root / "seeds" / "second.yaml"
    text = (root / BRIEFING).read_text(encoding="utf-8")
    second.write_text(text.replace(f"id: {BRIEFING_ID}", "id: second-briefing", 1).replace(
        "title: US CAATSA", 'title: "First line\\u2028second line: US CAATSA', 1).replace(
        " over the S-400\n", ' over the S-400"\n', 1), encoding="utf-8")
    config = (root / "briefings.toml").read_text()
    inputs = config[config.index("[[inputs]]"):]
    (root / "briefings.toml").write_text(config + inputs.replace(BRIEFING, "seeds/second.yaml", 1))
    build(root)
    code, err = deliver(root, capsys)
    assert code == 0, err
    subjects = sorted(str(m["Subject"]) for m in smtp.inbox.messages)
    assert len(subjects) == 2 and subjects[0].startswith("First line[U+2028]second line")
