"""A workspace configuration from someone else: every path it names stays in the workspace
(symbolic links resolved), credentials come only from what the user set up for briefings, and
strings that go into mail headers refuse line breaks. One table, bad line -> message, run
through the real CLI; each row must fail on the harmless configuration it starts from."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from briefings.cli.app import main
from tests.conftest import SEEDS
from tests.mailservers import SmtpServer, WebhookReceiver

BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"
HARMLESS = {
    "top": 'formats = ["md"]\n',
    "input": f'briefing = "{BRIEFING}"\n',
    "email": 'host = "127.0.0.1"\nport = {port}\nsecurity = "none"\nsender = "briefings@example.org"\n'
             'recipients = ["desk@example.org"]\n',
    "webhook": 'url = "{hook}"\nallow_http = true\nsecret_env = "BRIEFINGS_TEST_SECRET"\n',
}


def write(root: Path, port: int, hook: str, **changes: str) -> None:
    parts = {**HARMLESS, **changes}
    (root / "briefings.toml").write_text(
        f'{parts["top"]}[[inputs]]\n{parts["input"]}[inputs.email]\n{parts["email"].format(port=port)}'
        f'[inputs.webhook]\n{parts["webhook"].format(hook=hook)}', encoding="utf-8")


def _link_out(name: str, directory: bool = True) -> Callable[[Path], None]:
    def plant(root: Path) -> None:
        target = root.parent / "outside"
        target.mkdir(exist_ok=True)
        if not directory:
            target = target / "file"
            target.write_text("not the workspace's")
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).symlink_to(target, target_is_directory=directory)
    return plant


#: (scenario, changed part, new text, planted in the workspace first, message, line)
ROWS: list[tuple[str, str, str, Callable[[Path], None] | None, str, int]] = [
    ("log file outside", "top", 'formats = ["md"]\nlog_file = "../../victim/.bashrc"\n', None,
     "log_file: '../../victim/.bashrc' leaves", 2),
    ("log file through a link", "top", 'formats = ["md"]\nlog_file = "logs/schedule.log"\n', _link_out("logs"),
     "log_file: 'logs/schedule.log' resolves to", 2),
    ("templates outside", "top", 'formats = ["md"]\ntemplates = ["/etc"]\n', None,
     "templates[0]: '/etc' is absolute", 2),
    ("templates linked outside", "top", 'formats = ["md"]\ntemplates = ["tpl"]\n', _link_out("tpl"),
     "templates[0]: 'tpl' resolves to", 2),
    ("assets outside", "top", 'formats = ["md"]\nassets = ["../assets"]\n', None, "assets[0]: '../assets' leaves", 2),
    ("output outside", "top", 'formats = ["md"]\noutput = "/tmp"\n', None, "output: '/tmp' is absolute", 2),
    ("briefing glob outside", "top", 'formats = ["md"]\nbriefings = ["../*/seeds/*.yaml"]\n', None,
     "briefings[0]: '../*/seeds/*.yaml' leaves the workspace", 2),
    ("inbox outside", "input", f'briefing = "{BRIEFING}"\ninbox = "../inbox"\n', None,
     "inputs[0].inbox: '../inbox' leaves", 4),
    ("inbox linked outside", "input", f'briefing = "{BRIEFING}"\ninbox = "inbox"\n', _link_out("inbox"),
     "inputs[0].inbox: 'inbox' resolves to", 4),
    ("another project's briefing", "input", 'briefing = "../other/seeds/b.yaml"\n', None,
     "inputs[0].briefing: '../other/seeds/b.yaml' leaves", 3),
    ("a briefing linked outside", "input", 'briefing = "seeds/linked.yaml"\n',
     _link_out("seeds/linked.yaml", directory=False), "inputs[0].briefing: 'seeds/linked.yaml' resolves to", 3),
    ("any environment variable as the password", "email",
     HARMLESS["email"] + 'username = "a"\npassword_env = "AWS_SECRET_ACCESS_KEY"\n', None,
     "password_env: 'AWS_SECRET_ACCESS_KEY': credentials are read only from environment variables named "
     "BRIEFINGS_*; set one up (export BRIEFINGS_SMTP_PASSWORD=...)", 11),
    ("the process's environment as the password file", "email",
     HARMLESS["email"] + 'username = "a"\npassword_file = "/proc/self/environ"\n', None,
     "password_file: '/proc/self/environ': name a file in the secrets folder by its plain file name", 11),
    ("a path as the webhook secret file", "webhook",
     'url = "{hook}"\nallow_http = true\nsecret_file = "../secret.txt"\n', None,
     "secret_file: '../secret.txt': name a file in the secrets folder", 13),
    ("a line feed in the sender", "email", HARMLESS["email"].replace(
        '"briefings@example.org"', '"briefings@example.org\\nBcc: all@example.org"'), None,
     "sender: control character U+000A is not allowed here", 8),
    ("a carriage return in a recipient", "email", HARMLESS["email"].replace(
        '["desk@example.org"]', '["desk@example.org\\r"]'), None,
     "recipients[0]: control character U+000D is not allowed here", 9),
    ("a line separator in a recipient", "email", HARMLESS["email"].replace(
        '["desk@example.org"]', '["desk@example.org\\u2028x@example.org"]'), None,
     "recipients[0]: control character U+2028 is not allowed here", 9),
    ("two addresses in one recipient", "email", HARMLESS["email"].replace(
        '["desk@example.org"]', '["desk@example.org, x@example.org"]'), None,
     "recipients[0]: 'desk@example.org, x@example.org' is not a plain e-mail address", 9),
    ("credentials in the webhook URL", "webhook", 'url = "http://user:pass@127.0.0.1:9/hook"\nallow_http = true\n'
     'secret_env = "BRIEFINGS_TEST_SECRET"\n', None, "webhook.url: the URL carries a user name or password", 11),
]


@pytest.fixture
def ws(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "ws"
    shutil.copytree(SEEDS, root / "seeds")
    monkeypatch.setenv("BRIEFINGS_TEST_SECRET", "a-secret-for-the-test")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize(("scenario", "part", "text", "plant", "message", "line"), ROWS, ids=[r[0] for r in ROWS])
def test_a_hostile_configuration_is_refused_at_load_with_its_line(
        scenario: str, part: str, text: str, plant: Callable[[Path], None] | None, message: str, line: int,
        ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if plant is not None:
        plant(ws)
    write(ws, 9, "http://127.0.0.1:9/hook", **{part: text})
    for command in (["deliver"], ["build"], ["ingest"]):
        assert main(command) == 1, command
        err = capsys.readouterr().err
        assert f"briefings.toml:{line}:1: " in err and message in err, err
        assert "Traceback" not in err
    assert not (ws.parent / "victim").exists() and not (ws / "output").exists()


def test_every_row_fails_on_the_harmless_configuration(ws: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The harmless configuration loads (so each refusal above is the row's doing)."""
    assert len(ROWS) >= 15 and len({row[0] for row in ROWS}) == len(ROWS)
    write(ws, 9, "http://127.0.0.1:9/hook")
    assert main(["build"]) == 0
    err = capsys.readouterr().err
    assert not [row[0] for row in ROWS if row[4] in err]


# --------------------------------------------------------------------------- the secrets folder


def test_a_password_file_is_read_only_from_the_users_own_secrets_folder(
        ws: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    secrets = tmp_path / "secrets"
    monkeypatch.setenv("BRIEFINGS_SECRETS_DIR", str(secrets))
    with SmtpServer(login=("analyst", "s3cret-from-a-file")) as smtp, WebhookReceiver() as hook:
        write(ws, smtp.port, hook.url, email=HARMLESS["email"] + 'username = "analyst"\npassword_file = "smtp"\n')
        assert main(["build"]) == 0
        assert main(["deliver"]) == 1
        err = capsys.readouterr().err
        assert f"{secrets}: No such file or directory; make it with `mkdir -p {secrets} && chmod 700" in err
        secrets.mkdir(mode=0o777)
        os.chmod(secrets, 0o777)
        (secrets / "smtp").write_text("s3cret-from-a-file\n")
        assert main(["deliver"]) == 1
        assert f"{secrets} can be written by others; `chmod go-w {secrets}`" in capsys.readouterr().err
        os.chmod(secrets, 0o700)
        (secrets / "smtp").unlink()
        (secrets / "smtp").symlink_to(tmp_path / "elsewhere")
        (tmp_path / "elsewhere").write_text("s3cret-from-a-file\n")
        assert main(["deliver"]) == 1
        assert "is a symbolic link; it is not followed" in capsys.readouterr().err
        (secrets / "smtp").unlink()
        (secrets / "smtp").write_text("s3cret-from-a-file\n")
        assert main(["deliver"]) == 0, capsys.readouterr().err
        assert len(smtp.inbox.messages) == 1
