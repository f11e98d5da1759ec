"""Proposed material: kept out of the brief's body, listed by ``briefings review`` with its
passage, accepted into the next edition or rejected for good."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefings.api import build, load_briefing
from briefings.building.workspace import Workspace
from briefings.cli.app import main
from briefings.drafting.infer import dump
from briefings.filesystem.paths import sha256_of
from briefings.load.yaml import read_yaml
from briefings.review.decide import decide
from briefings.review.items import fingerprint, proposed

ARTICLE = (
    "Ankara weighs its answer\n"
    "Turkey's foreign minister spoke on Wednesday. \"We will respond to these sanctions in kind "
    "and without delay,\" Mevlut Cavusoglu told reporters in Ankara. He added that the ministry "
    "\"keeps every option on the table\" for now.\n"
    "The European Union will discuss an arms embargo on Turkey at its summit.\n"
)
NEW_QUOTE = "We will respond to these sanctions in kind and without delay"
NEW_PARTY_QUOTE = "keeps every option on the table"
NEW_CONSEQUENCE = "The European Union will discuss an arms embargo on Turkey at its summit."


def propose(briefing: Path) -> None:
    """Add a source and proposed items of every kind to the briefing, as ingest would."""
    (briefing.parent / "sources").mkdir(exist_ok=True)
    article = briefing.parent / "sources" / "new-article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    tree, issues = read_yaml(briefing, for_editing=True)
    assert not issues
    tree["sources"].append({"id": "new-article", "title": "Ankara weighs its answer",
                            "publisher": "Wire", "published": "2020-12-16",
                            "text": "sources/new-article.txt", "sha256": sha256_of(article),
                            "retrieved": "2020-12-16T06:30:00Z"})
    mfa = next(p for p in tree["parties"] if p["id"] == "tr-foreign-ministry")
    mfa["quotes"].append({"text": NEW_QUOTE, "speaker": "tr-foreign-ministry",
                          "source": "new-article", "status": "proposed"})
    mfa.setdefault("consequences", []).append({
        "description": NEW_CONSEQUENCE, "role": "faces", "affects": [], "likelihood": "unlikely",
        "impact": "high", "timeframe": "Months", "source": "new-article", "status": "proposed"})
    tree["parties"].append({
        "id": "eu", "name": "European Union", "short_name": "EU", "kind": "organisation",
        "position": {"stance": "unclear", "summary": "To be assessed."}, "status": "proposed",
        "quotes": [{"text": NEW_PARTY_QUOTE, "speaker": "eu", "source": "new-article",
                    "status": "proposed"}]})
    tree["timeline"].append({"date": "2020-12-16", "event": "Ankara weighs its answer.",
                             "source": "new-article", "status": "proposed"})
    briefing.write_bytes(dump(tree))


def build_md(briefing: Path, root: Path) -> str:
    report = build([briefing], workspace=Workspace.at(root), formats=["md"])
    assert report.ok, report.failed
    return (root / "output" / f"{load_briefing(briefing).id}.md").read_text(encoding="utf-8")


def test_proposed_items_are_valid_but_not_in_the_body(seed_copy: Path, tmp_path: Path) -> None:
    before = build_md(seed_copy, tmp_path)
    propose(seed_copy)
    briefing = load_briefing(seed_copy)
    assert briefing.awaiting_review() == 5
    after = build_md(seed_copy, tmp_path)
    for text in (NEW_QUOTE, NEW_PARTY_QUOTE, "European Union", "arms embargo", "weighs its answer"):
        assert text not in after
    assert after == before  # no new edition, no "what changed", no new source in the list
    assert "What changed" not in after


def test_review_annex_counts_what_waits(seed_copy: Path, tmp_path: Path) -> None:
    propose(seed_copy)
    text = seed_copy.read_text(encoding="utf-8")
    seed_copy.write_text(text + "visuals:\n  review_annex: true\n", encoding="utf-8")
    markdown = build_md(seed_copy, tmp_path)
    assert "## New material awaiting review (5 items)" in markdown
    assert NEW_QUOTE not in markdown


def test_review_lists_items_with_their_passages(seed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    propose(seed_copy)
    assert main(["review", str(seed_copy)]) == 0
    out = capsys.readouterr().out
    assert "5 proposed item(s)" in out
    quote_id = fingerprint("quote", {"text": NEW_QUOTE, "speaker": "tr-foreign-ministry"})[:8]
    assert f"{quote_id}  quote (Turkish Ministry of Foreign Affairs): {NEW_QUOTE}" in out
    assert "Mevlut Cavusoglu told reporters in Ankara" in out  # the passage around the quote
    assert "from new-article: The European Union will discuss an arms embargo" in out


def test_accept_enters_the_next_edition_and_what_changed(seed_copy: Path, tmp_path: Path) -> None:
    build_md(seed_copy, tmp_path)
    propose(seed_copy)
    quote = fingerprint("quote", {"text": NEW_QUOTE, "speaker": "tr-foreign-ministry"})
    eu_quote = fingerprint("quote", {"text": NEW_PARTY_QUOTE, "speaker": "eu"})
    assert main(["review", str(seed_copy), "--accept", f"{quote[:8]},{eu_quote[:6]}"]) == 0
    tree, _ = read_yaml(seed_copy, for_editing=True)
    left = {item.fingerprint for item in proposed(tree)}
    assert quote not in left and eu_quote not in left
    assert fingerprint("party", {"name": "European Union"}) not in left  # accepted with its quote
    markdown = build_md(seed_copy, tmp_path)
    changed = markdown.split("## What changed since the last edition")[1].split("\n## ")[0]
    assert "New party: European Union" in changed
    assert NEW_QUOTE[:40] in changed
    assert "arms embargo" not in markdown  # still proposed


def test_rejected_items_are_removed_and_remembered(seed_copy: Path) -> None:
    propose(seed_copy)
    consequence = fingerprint("consequence", {"description": NEW_CONSEQUENCE}, "tr-foreign-ministry")
    party = fingerprint("party", {"name": "European Union"})
    decision = decide(seed_copy, reject=[consequence[:8], party[:8]])
    assert len(decision.rejected) == 2
    briefing = load_briefing(seed_copy)
    assert consequence in briefing.rejected and party in briefing.rejected
    assert fingerprint("quote", {"text": NEW_PARTY_QUOTE, "speaker": "eu"}) in briefing.rejected  # under the party
    assert all(p.id != "eu" for p in briefing.parties)
    assert briefing.awaiting_review() == 2  # the MFA quote and the timeline event


@pytest.mark.parametrize("args, message", [
    (["--accept", "zzzz"], "review id 'zzzz' is not a proposed item"),
    (["--accept", "ab"], "review id 'ab' is not a proposed item"),
])
def test_unknown_review_ids_are_clear_errors(seed_copy: Path, capsys: pytest.CaptureFixture[str],
                                             args: list[str], message: str) -> None:
    propose(seed_copy)
    before = seed_copy.read_bytes()
    assert main(["review", str(seed_copy), *args]) == 1
    assert message in capsys.readouterr().err
    assert seed_copy.read_bytes() == before


def test_a_status_that_is_not_known_names_its_line(seed_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = seed_copy.read_text(encoding="utf-8")
    seed_copy.write_text(text.replace("        source: seed-article\n        said: 2020-12-15\n        context: on the",
                                      "        source: seed-article\n        status: maybe\n        said: 2020-12-15\n        context: on the", 1),
                         encoding="utf-8")
    line = seed_copy.read_text(encoding="utf-8").splitlines().index("        status: maybe") + 1
    assert main(["validate", str(seed_copy)]) == 1
    err = capsys.readouterr().err
    assert f"us-turkey-caatsa-sanctions.yaml:{line}:" in err and "parties[1].quotes[0].status" in err


def test_accepting_by_editing_the_yaml_by_hand(seed_copy: Path, tmp_path: Path) -> None:
    build_md(seed_copy, tmp_path)
    propose(seed_copy)
    text = seed_copy.read_text(encoding="utf-8")
    quote_block = f"- text: {NEW_QUOTE}\n        speaker: tr-foreign-ministry\n        source: new-article\n        status: proposed\n"
    assert quote_block in text
    seed_copy.write_text(text.replace(quote_block, quote_block.replace("        status: proposed\n", "")),
                         encoding="utf-8")
    markdown = build_md(seed_copy, tmp_path)
    assert NEW_QUOTE in markdown and "arms embargo" not in markdown
    assert load_briefing(seed_copy).awaiting_review() == 4
