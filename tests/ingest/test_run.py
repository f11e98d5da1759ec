"""Ingest from an inbox folder: .txt, .html and .eml articles archived beside the briefing
(sha256, metadata), drafted in as proposed items, never twice; hostile files handled safely."""

from __future__ import annotations

import datetime as dt
import io
import json
import shutil
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from briefings.api import load_briefing
from briefings.cli.app import main
from briefings.filesystem.paths import sha256_of
from briefings.ingest.run import ingest
from briefings.load.toml import load_config
from briefings.review.decide import decide, read_tree
from briefings.review.items import proposed
from tests.conftest import CASES, SEEDS

FEEDS = CASES / "feeds"
NOW = dt.datetime(2020, 12, 17, 6, 30, tzinfo=dt.UTC)
BRIEFING = "seeds/us-turkey-caatsa-sanctions.yaml"


def workspace(root: Path, extra: str = "") -> Path:
    """A workspace with the seed briefing and an inbox; returns the inbox."""
    shutil.copytree(SEEDS, root / "seeds")
    (root / "briefings.toml").write_text(
        f'[[inputs]]\nbriefing = "{BRIEFING}"\ninbox = "inbox"\nmax_bytes = 2000000\n{extra}',
        encoding="utf-8")
    (root / "inbox").mkdir()
    return root / "inbox"


def run(root: Path):
    return ingest(load_config(root / "briefings.toml"), now=NOW)


def reject(root: Path, words: str) -> None:
    """Reject in review, as the analyst does, the proposed quote that says ``words``."""
    quote = next(item for item in proposed(read_tree(root / BRIEFING)) if item.summary == words)
    decide(root / BRIEFING, reject=[quote.fingerprint[:8]])


def sources(root: Path) -> dict[str, object]:
    return {s.id: s for s in load_briefing(root / BRIEFING).sources}


def test_txt_and_html_articles_become_archived_sources_and_proposed_items(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    shutil.copy(FEEDS / "ankara-answer.txt", inbox)
    shutil.copy(FEEDS / "nato-concern.html", inbox)
    report = run(tmp_path)
    assert (report.articles, report.duplicates, report.problems) == (2, 0, [])
    briefing = load_briefing(tmp_path / BRIEFING)
    found = sources(tmp_path)
    nato = found["nato-chief-voices-concern-over-sanctions-row"]
    assert (nato.publisher, nato.published, nato.note, nato.retrieved) == (
        "Example Wire", dt.date(2020, 12, 17), "By Jane Roe.", "2020-12-17T06:30:00Z")
    archived = tmp_path / "seeds" / nato.text
    assert nato.sha256 == sha256_of(archived)
    text = archived.read_text(encoding="utf-8")
    assert "cannot be integrated into NATO air and missile defence" in text
    for hostile in ("script", "alert", "cookie", "file://", "passwd", "Home | World", "Copyright"):
        assert hostile not in text
    assert briefing.awaiting_review() == report.proposed >= 6
    quotes = {q.text: (p.id, q.status) for p in briefing.parties for q in p.quotes}
    assert quotes["It is important that allies find a way to solve this disagreement through dialogue"][1] == "proposed"
    assert quotes["We will respond to these sanctions in kind and without delay"][1] == "proposed"
    new_parties = {p.id: p for p in briefing.parties if p.status == "proposed"}
    assert all(q.status == "proposed" for p in new_parties.values() for q in p.quotes)
    assert [e.status for e in briefing.timeline if e.source == nato.id] == ["proposed"]
    seed = load_briefing(SEEDS / "us-turkey-caatsa-sanctions.yaml").published()
    published = briefing.published()
    assert [(p.id, p.quotes, p.consequences) for p in published.parties] == [
        (p.id, p.quotes, p.consequences) for p in seed.parties]
    assert (published.sources, published.timeline) == (seed.sources, seed.timeline)


def test_nothing_is_archived_twice(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    shutil.copy(FEEDS / "ankara-answer.txt", inbox)
    assert run(tmp_path).articles == 1
    shutil.copy(FEEDS / "ankara-answer.txt", inbox / "same-bytes-again.txt")
    text = (FEEDS / "ankara-answer.txt").read_text(encoding="utf-8")
    (inbox / "republished.txt").write_text(  # the wire story on another site: new headline
        "Turkey vows answer - Other Site\n" + text.split("\n", 1)[1] + "Reporting by Other Site.\n",
        encoding="utf-8")
    second = run(tmp_path)
    assert (second.articles, second.duplicates, second.problems) == (0, 1, [])
    assert len(sources(tmp_path)) == 2
    assert run(tmp_path).duplicates == 0  # remembered: not even read again


def test_rejected_items_never_come_back(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    shutil.copy(FEEDS / "ankara-answer.txt", inbox)
    run(tmp_path)
    reject(tmp_path, "We will respond to these sanctions in kind and without delay")
    # the same words in a different article (other bytes, other story) are not proposed again
    (inbox / "later.txt").write_text(
        "Cavusoglu repeats warning\nTurkish Foreign Minister Mevlut Cavusoglu spoke again on Friday "
        "in Antalya about the row. \"We will respond to these sanctions in kind and without delay,\" "
        "Cavusoglu said. Turkish Foreign Minister Mevlut Cavusoglu also said that talks with Washington "
        "\"remain possible if the sanctions are lifted\" next year.\n", encoding="utf-8")
    report = run(tmp_path)
    assert report.articles == 1
    briefing = load_briefing(tmp_path / BRIEFING)
    texts = [q.text for p in briefing.parties for q in p.quotes]
    assert "We will respond to these sanctions in kind and without delay" not in texts
    assert "remain possible if the sanctions are lifted" in texts


def _eml(body: str, attachment: tuple[str, bytes] | None = None, html: bool = False) -> bytes:
    message = EmailMessage()
    message["Subject"] = "Ankara promises a measured answer to US sanctions"
    message["From"] = "Wire Desk <desk@wire.example>"
    message["Date"] = "Wed, 16 Dec 2020 10:00:00 +0000"
    message.set_content(body, subtype="html" if html else "plain")
    if attachment:
        message.add_attachment(attachment[1], maintype="application", subtype="zip", filename=attachment[0])
    return bytes(message)


def zip_bomb() -> bytes:
    """A zip whose one member inflates to 1 GiB of zeros (about 1 MB compressed)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        with archive.open("bomb.bin", "w", force_zip64=True) as member:
            chunk = bytes(1 << 20)
            for _ in range(1024):
                member.write(chunk)
    return buffer.getvalue()


def test_eml_body_is_the_article_and_a_zip_bomb_attachment_is_never_opened(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    body = (FEEDS / "ankara-answer.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    (inbox / "desk.eml").write_bytes(_eml(body, ("report.zip", zip_bomb())))
    started = dt.datetime.now()
    report = run(tmp_path)
    assert (dt.datetime.now() - started).total_seconds() < 30
    assert (report.articles, report.problems) == (1, [])
    source = next(s for s in sources(tmp_path).values() if s.id != "seed-article")
    assert (source.title, source.publisher, source.published) == (
        "Ankara promises a measured answer to US sanctions", "Wire Desk", dt.date(2020, 12, 16))
    archived = (tmp_path / "seeds" / source.text).read_text(encoding="utf-8")
    assert "in kind and without delay" in archived and "bomb" not in archived
    assert not list((tmp_path / "seeds" / "sources").glob("*.zip"))


def test_an_html_email_is_read_as_text(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    (inbox / "html.eml").write_bytes(_eml((FEEDS / "nato-concern.html").read_text(encoding="utf-8"), html=True))
    assert run(tmp_path).articles == 1
    source = next(s for s in sources(tmp_path).values() if s.id != "seed-article")
    archived = (tmp_path / "seeds" / source.text).read_text(encoding="utf-8")
    assert "through dialogue" in archived and "alert" not in archived


def test_ten_thousand_quotation_marks_are_safe_text(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    (inbox / "marks.txt").write_text("Quotation marks everywhere\n" + "\"" * 10_000
                                     + "\nThe minister said nothing of note on Monday.\n", encoding="utf-8")
    started = dt.datetime.now()
    report = run(tmp_path)
    assert (dt.datetime.now() - started).total_seconds() < 30
    assert report.problems == [] and report.articles == 1
    assert load_briefing(tmp_path / BRIEFING).awaiting_review() == 1  # only the candidate event


@pytest.mark.parametrize("name, data, message", [
    ("empty.txt", b"", "no article text found"),
    ("latin1.txt", "Caf\xe9 au lait et politique internationale\n".encode("latin-1"), "not UTF-8 text"),
    ("huge.txt", b"word " * 500_000, "the file is 2,500,000 bytes; the limit is 2,000,000"),
    ("no-body.eml", b"Subject: hi\nContent-Type: application/zip\n\nPK\x03\x04", "has no text or HTML body"),
])
def test_unreadable_inbox_files_are_clear_problems(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    inbox = workspace(tmp_path)
    (inbox / name).write_bytes(data)
    shutil.copy(FEEDS / "ankara-answer.txt", inbox)
    report = run(tmp_path)
    assert report.articles == 1  # the good file still goes in
    assert len(report.problems) == 1 and name in report.problems[0] and message in report.problems[0]


def test_links_leading_out_of_the_inbox_are_not_followed(tmp_path: Path) -> None:
    inbox = workspace(tmp_path)
    secret = tmp_path / "outside.txt"
    secret.write_text("Hidden outside the inbox\n" + "Confidential words said by nobody. " * 5, encoding="utf-8")
    (inbox / "link.txt").symlink_to(secret)
    report = run(tmp_path)
    assert report.articles == 0 and "is a symbolic link; it is not followed" in report.problems[0]
    assert "Hidden outside" not in (tmp_path / BRIEFING).read_text(encoding="utf-8")


def test_ingest_command_counts_and_exit_code(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    inbox = workspace(tmp_path)
    shutil.copy(FEEDS / "ankara-answer.txt", inbox)
    monkeypatch.chdir(tmp_path)
    assert main(["ingest"]) == 0
    waiting = load_briefing(tmp_path / BRIEFING).awaiting_review()
    assert waiting >= 4
    assert (f"ingest: 1 new article(s), {waiting} proposed item(s), 0 duplicate(s), 0 problem(s)"
            in capsys.readouterr().err)
    assert main(["ingest", "no-such-briefing"]) == 1
    assert "no [[inputs]] for briefing 'no-such-briefing'" in capsys.readouterr().err
    [state_file] = (tmp_path / ".briefings" / "ingest").glob("us-turkey-caatsa-sanctions-*.json")  # keyed by path
    state = json.loads(state_file.read_text())
    assert len(state["inbox"]) == 1


def test_credentials_in_the_configuration_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    workspace(tmp_path, '[inputs.email]\nhost = "smtp.example.org"\nsender = "a@b.org"\n'
                        'recipients = ["c@d.org"]\npassword = "hunter2"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["ingest"]) == 1
    err = capsys.readouterr().err
    assert "briefings.toml:" in err and "inputs[0].email" in err
    assert "'password' is a credential and never goes in the configuration" in err
