"""Drafting from an article, merging a second article, and archiving sources."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from conftest import SEEDS
from pypdf import PdfReader

from briefings.building.run import Workspace, build
from briefings.cli.app import EXIT_OK, EXIT_USER_ERROR, main
from briefings.drafting.infer import draft, write_draft
from briefings.drafting.merge import merge_into
from briefings.drafting.sources import add_source
from briefings.errors import BriefingError
from briefings.validation.run import validate_paths

ARTICLE = SEEDS / "000_e1ef2b7ba22a4b2b.txt"
TODAY = dt.date(2020, 12, 16)


@pytest.fixture
def drafted(tmp_path: Path) -> Path:
    output = tmp_path / "drafts" / "seed-draft.yaml"
    output.parent.mkdir()
    write_draft(draft(ARTICLE, output, briefing_id="seed-draft", today=TODAY), output)
    return output


def test_draft_validates_with_parties_people_and_quotes(drafted: Path) -> None:
    (loaded,), _ = validate_paths([drafted])
    briefing = loaded.briefing
    parties = {party.name: party for party in briefing.parties}
    assert "Turkey" in parties  # the government: a ministry is a party only if the analyst has it as one
    akar = parties["Turkey"].people[0]
    assert (akar.name, akar.role) == ("Hulusi Akar", "Turkish Defence Minister")
    assert parties["Turkey"].kind.value == "state"
    assert sum(len(p.quotes) for p in briefing.parties) == 9
    assert briefing.sources[0].sha256 == hashlib.sha256(ARTICLE.read_bytes()).hexdigest()
    assert (drafted.parent / briefing.sources[0].text).read_bytes() == ARTICLE.read_bytes()
    assert any(c for p in briefing.parties for c in p.consequences)
    assert "REVIEW" in drafted.read_text()  # what only an analyst can judge is marked


def test_draft_builds_to_pdf_with_every_quote(drafted: Path, tmp_path: Path) -> None:
    report = build([drafted], Workspace.at(tmp_path), formats=["pdf"])
    assert report.ok, report.failed
    text = " ".join((page.extract_text() or "") for page in PdfReader(tmp_path / "output" / "seed-draft.pdf").pages)
    assert "all necessary measures" in " ".join(text.split())


def test_merging_the_same_article_again_adds_nothing(drafted: Path) -> None:
    before = drafted.read_text()
    _, added = merge_into(ARTICLE, drafted, today=TODAY)
    assert added == {"sources": 0, "parties": 0, "quotes": 0, "consequences": 0}
    assert drafted.read_text() == before


def test_merging_a_new_article_keeps_comments_and_adds_once(drafted: Path, tmp_path: Path) -> None:
    text = drafted.read_text().replace("marking: DRAFT // NOT FOR DISTRIBUTION",
                                       "marking: DRAFT // NOT FOR DISTRIBUTION  # the analyst's note")
    drafted.write_text(text)
    second = tmp_path / "second.txt"
    second.write_text('Moscow said the sanctions were "a gift to hawks everywhere in NATO". '
                      'Akar said Turkey would "never bow to threats from anyone".\n')
    result, added = merge_into(second, drafted, today=TODAY)
    write_draft(result, drafted, overwrite=True)
    assert added == {"sources": 1, "parties": 1, "quotes": 2, "consequences": 1}
    merged = drafted.read_text()
    assert "# the analyst's note" in merged
    assert merged.count("never bow to threats from anyone") == 1
    (loaded,), _ = validate_paths([drafted])
    mod = next(p for p in loaded.briefing.parties if p.name == "Turkey")
    assert [q.speaker for q in mod.quotes][-1] == "hulusi-akar"  # under the existing person
    _, again = merge_into(second, drafted, today=TODAY)
    assert not any(again.values())


def test_draft_cli_and_into_cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "d.yaml"
    assert main(["draft", str(ARTICLE), "--id", "d", "-o", str(target)]) == EXIT_OK
    assert main(["draft", str(ARTICLE), "--into", str(target)]) == EXIT_OK
    err = capsys.readouterr().err
    assert "added 0 sources, 0 parties, 0 quotes, 0 consequences" in err
    assert main(["draft", str(ARTICLE), "-o", str(target)]) == EXIT_USER_ERROR  # no overwrite


def test_quotes_cli_jsonl(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quotes", str(ARTICLE)]) == EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(rows) == 9
    assert set(rows[0]) == {"quote", "speaker", "speaker_surface", "cue", "reason", "start", "end",
                            "confidence", "evidence", "party", "party_evidence", "party_reason", "speaker_reason"}
    text = ARTICLE.read_text(encoding="utf-8")
    assert all(text[r["start"]:r["end"]] == r["quote"] for r in rows)


def test_source_add_archives_and_records(tmp_path: Path, seed_copy: Path) -> None:
    article = tmp_path / "reuters.txt"
    article.write_text("Ankara, Dec 15\nTurkey said it would respond.\n")
    entry = add_source(article, seed_copy, publisher="Reuters", url="https://example.org/a",
                       published="2020-12-15")
    assert entry["id"] == "reuters" and entry["text"] == "sources/reuters.txt"
    assert (seed_copy.parent / "sources" / "reuters.txt").read_bytes() == article.read_bytes()
    assert entry["sha256"] == hashlib.sha256(article.read_bytes()).hexdigest()
    text = seed_copy.read_text()
    assert text.startswith("# The seed briefing")  # comments kept
    assert "as_of: 2020-12-16\n" in text  # untouched values unchanged
    _, warnings = validate_paths([seed_copy])
    assert any("source 'reuters' is never cited" in str(w) for w in warnings)
    with pytest.raises(BriefingError, match="already source 'reuters'"):
        add_source(article, seed_copy, source_id="other")


@pytest.mark.parametrize(("options", "message"), [
    ({"source_id": "Bad Id"}, "not a valid source id"),
    ({"url": "javascript:alert(1)"}, r"must be an http\(s\) address"),
    ({"published": "15/12/2020"}, "must be a date written YYYY-MM-DD"),
])
def test_source_add_refuses_bad_options(options: dict, message: str, tmp_path: Path, seed_copy: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("text\n")
    before = seed_copy.read_text()
    with pytest.raises(BriefingError, match=message):
        add_source(article, seed_copy, **options)
    assert seed_copy.read_text() == before
    assert not (seed_copy.parent / "sources").exists()


def test_a_draft_fails_strict_validation_until_every_review_placeholder_is_resolved(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "d.yaml"
    assert main(["draft", str(ARTICLE), "-o", str(target)]) == EXIT_OK
    capsys.readouterr()
    assert main(["validate", "--strict", str(target)]) == EXIT_USER_ERROR
    err = capsys.readouterr().err
    placeholders = err.count("review placeholder left")
    assert placeholders >= 10 and "bluf: review placeholder left" in err
    assert main(["build", str(target), "--workspace", str(tmp_path), "--format", "md"]) == EXIT_OK
    assert f"{placeholders} review placeholder(s) remain" in capsys.readouterr().err
    from briefings import load_briefing

    title = load_briefing(target).title  # the article's first sentence, too long for a title
    assert title.endswith("…") and len(title) <= 120
    assert title[:-1].split()[-1] in ARTICLE.read_text().split()  # cut between words


def test_merging_never_brings_back_what_the_analyst_deleted_or_rejected(tmp_path: Path) -> None:
    from briefings import draft as draft_api
    from briefings.drafting.infer import dump
    from briefings.load.yaml import read_yaml
    from briefings.review.items import fingerprint

    def quotes(path: Path) -> list[str]:
        tree, _ = read_yaml(path)
        return [str(q["text"]) for p in tree["parties"] for q in (p.get("quotes") or [])]

    target = tmp_path / "d.yaml"
    draft_api(ARTICLE, target, briefing_id="d", today=TODAY)
    tree, _ = read_yaml(target, for_editing=True)
    party = next(p for p in tree["parties"] if p.get("quotes"))
    gone = party["quotes"].pop(0)  # the analyst deletes a quote by hand
    deleted, speaker = str(gone["text"]), str(gone["speaker"])
    target.write_bytes(dump(tree))
    assert deleted not in quotes(target)
    again = draft_api(ARTICLE, into=target, today=TODAY)  # the same article merged again
    assert not any(again.added.values()) and deleted not in quotes(target)

    # rejected in review: not brought back by another copy of the story (other bytes, same words)
    tree, _ = read_yaml(target, for_editing=True)
    tree["rejected"] = [fingerprint("quote", {"text": deleted, "speaker": speaker})]
    target.write_bytes(dump(tree))
    copy = tmp_path / "copy.txt"
    copy.write_text(ARTICLE.read_text() + "\n(Reprinted.)\n")
    merged = draft_api(copy, into=target, today=TODAY)
    assert merged.added["sources"] == 1
    assert deleted not in quotes(target)
