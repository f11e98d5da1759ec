"""A developing story's editions read right: an edition made from new material carries the date
(and the time, when it is not the first that day) it was made, "What changed" names the previous
edition's date, the mail's subject says the edition's date; and an edition that still holds a
REVIEW placeholder is built as a draft and held back from delivery, saying why."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.api import build
from briefings.building.workspace import Workspace
from briefings.cli.app import main
from briefings.drafting.infer import dump
from briefings.load.yaml import read_yaml
from briefings.review.decide import decide, read_tree
from briefings.review.items import proposed
from tests.mailservers import SmtpServer
from tests.review.test_decide import NEW_CONSEQUENCE, NEW_PARTY_QUOTE, NEW_QUOTE, propose


def at(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=dt.UTC)


def build_md(briefing: Path, now: dt.datetime) -> str:
    root = briefing.parent.parent
    assert build([briefing], workspace=Workspace.at(root), formats=["md"], now=now).ok
    return (root / "output" / "us-turkey-caatsa-sanctions.md").read_text(encoding="utf-8")


def accept(briefing: Path, text: str) -> None:
    [item] = [item for item in proposed(read_tree(briefing)) if item.summary.startswith(text)]
    decide(briefing, accept=[item.fingerprint[:12]])


def test_each_edition_carries_the_date_it_was_made_and_names_the_one_before(seed_copy: Path) -> None:
    first = build_md(seed_copy, at(1, 8, 0))
    assert "As of 16 December 2020" in first and "Compared with" not in first
    propose(seed_copy)
    assert build_md(seed_copy, at(1, 9, 0)) == first  # proposing alone makes no edition
    accept(seed_copy, NEW_QUOTE)
    second = build_md(seed_copy, at(2, 9, 30))
    assert "As of 2 March 2026" in second
    assert "Compared with the edition as of 16 December 2020." in second
    accept(seed_copy, NEW_CONSEQUENCE)
    third = build_md(seed_copy, at(2, 15, 45))  # a second edition that day: its time is said
    assert "As of 2 March 2026" in third
    assert "Compared with the edition as of 2 March 2026, 09:30 UTC." in third
    forced = build([seed_copy], workspace=Workspace.at(seed_copy.parent.parent), formats=["md"],
                   now=at(9, 12, 0), force=True)
    assert forced.ok
    again = (seed_copy.parent.parent / "output" / "us-turkey-caatsa-sanctions.md").read_text(encoding="utf-8")
    assert again == third  # the same content rebuilt later keeps its date


def test_an_analyst_who_moves_as_of_on_keeps_their_date(seed_copy: Path) -> None:
    build_md(seed_copy, at(1, 8, 0))
    text = seed_copy.read_text(encoding="utf-8")
    seed_copy.write_text(text.replace("as_of: 2020-12-16", "as_of: 2020-12-18", 1), encoding="utf-8")
    second = build_md(seed_copy, at(5, 8, 0))
    assert "As of 18 December 2020" in second


def placeholder_party(briefing: Path) -> None:
    """The proposed party's position left as drafting leaves it: a REVIEW placeholder."""
    tree, _ = read_yaml(briefing, for_editing=True)
    party = next(p for p in tree["parties"] if p["id"] == "eu")
    party["position"]["summary"] = "REVIEW: summarise where the European Union stands."
    briefing.write_bytes(dump(tree))


def workspace_config(root: Path, port: int, extra: str = "") -> None:
    (root / "briefings.toml").write_text(
        f'formats = ["md"]\n[[inputs]]\nbriefing = "seeds/us-turkey-caatsa-sanctions.yaml"\n{extra}'
        f'[inputs.email]\nhost = "127.0.0.1"\nport = {port}\nsecurity = "none"\n'
        'sender = "briefings@example.org"\nrecipients = ["desk@example.org"]\n', encoding="utf-8")


def test_an_edition_with_a_review_placeholder_is_a_draft_held_back_saying_why(
        seed_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    root = seed_copy.parent.parent
    monkeypatch.chdir(root)
    with SmtpServer() as smtp:
        workspace_config(root, smtp.port)
        assert main(["build"]) == 0 and main(["deliver"]) == 0
        assert len(smtp.inbox.messages) == 1
        propose(seed_copy)
        placeholder_party(seed_copy)
        accept(seed_copy, NEW_PARTY_QUOTE)  # accepts the party, placeholder and all
        assert main(["build"]) == 0
        markdown = (root / "output" / "us-turkey-caatsa-sanctions.md").read_text(encoding="utf-8")
        assert "DRAFT (1 REVIEW placeholder(s) left, not for delivery) // UNCLASSIFIED" in markdown
        capsys.readouterr()
        assert main(["deliver"]) == 0
        err = capsys.readouterr().err
        assert "held, not delivered: the edition still holds 1 REVIEW placeholder(s) (first: parties[" in err
        assert "].position.summary); review them and build again, or set deliver_drafts = true" in err
        assert len(smtp.inbox.messages) == 1
        # the analyst writes the position: the finished edition goes out, compared with the
        # last edition readers had (the draft never reached them)
        tree, _ = read_yaml(seed_copy, for_editing=True)
        next(p for p in tree["parties"] if p["id"] == "eu")["position"]["summary"] = "Wants talks first."
        seed_copy.write_bytes(dump(tree))
        assert main(["build"]) == 0 and main(["deliver"]) == 0
        [_, mail] = smtp.inbox.messages
        text = mail.get_body(preferencelist=("plain",)).get_content()
        assert "What changed since the edition of 2020-12-16:" in text and "New party: European Union" in text
        today = dt.datetime.now(dt.UTC).date().isoformat()
        assert str(mail["Subject"]).endswith(f": edition of {today}") or \
            str(mail["Subject"]).endswith(f": edition of {dt.datetime.now(dt.UTC).date().isoformat()}")


def test_the_configuration_may_let_drafts_go_out(seed_copy: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    root = seed_copy.parent.parent
    monkeypatch.chdir(root)
    propose(seed_copy)
    placeholder_party(seed_copy)
    accept(seed_copy, NEW_PARTY_QUOTE)
    with SmtpServer() as smtp:
        workspace_config(root, smtp.port, "deliver_drafts = true\n")
        assert main(["build"]) == 0 and main(["deliver"]) == 0
        assert "held" not in capsys.readouterr().err
        [mail] = smtp.inbox.messages
        assert str(mail["Subject"]).endswith(": edition of 2020-12-16")  # a first edition keeps its as_of
