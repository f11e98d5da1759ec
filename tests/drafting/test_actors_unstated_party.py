"""A quote whose party the extractor left null (with its reason) is under review in a draft,
never under a party drafting guesses from a role (issue 19, points 2 and 5): its speaker stands
as an entry of their own and the quote carries a REVIEW mark with the reason. Every sentence
here is written for the test; the people are invented."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.drafting.actors import UNDER_REVIEW, actor_of
from briefings.drafting.infer import draft, dump
from briefings.extract import Quote


def _quote(party: str | None, party_reason: str | None, role: str = "Secretary of State") -> Quote:
    return Quote(quote="We will see.", start=0, end=12, speaker="Ana Lima", speaker_kind="person",
                 speaker_role=role, confidence=1.0, party=party, party_reason=party_reason)


@pytest.mark.parametrize(("party", "reason", "filed_under", "kind", "review"), [
    (None, "the article does not say whom Ana Lima speaks for", "Ana Lima", "person", "not stated"),
    ("Portugal", None, "Portugal", "state", None),
    (None, None, "Ana Lima", "person", None),  # an extractor that reads no parties: drafting reads the role
])
def test_a_null_party_with_its_reason_is_under_review(party: str | None, reason: str | None, filed_under: str,
                                                      kind: str, review: str | None) -> None:
    actor = actor_of(_quote(party, reason))
    assert (actor.name, actor.kind) == (filed_under, kind)
    assert (review in str(actor.review)) if review else actor.review is None


@pytest.mark.parametrize(("role", "speaker_kind", "filed_under", "kind"), [
    ("Turkish Defence Minister", "person", "Ana Lima", "person"),  # not Turkey: the extractor found none
    ("European Commission President", "person", "Ana Lima", "person"),
    ("", "org", "Akar", "other"),  # a one-word name is no state
])
def test_a_null_party_is_never_replaced_by_one_read_from_the_role(role: str, speaker_kind: str,
                                                                 filed_under: str, kind: str) -> None:
    quote = _quote(None, "an opposition politician of a country the article does not name", role=role)
    quote.speaker, quote.speaker_kind = filed_under, speaker_kind
    actor = actor_of(quote)
    assert (actor.name, actor.kind) == (filed_under, kind) and "opposition politician" in str(actor.review)


ARTICLE = """Talks on the port resume
Norwegian Foreign Minister Kari Dahl met envoys in Oslo on Monday.
"The port stays open to every ship that follows the rules," Kari Dahl said.
"We saw the whole convoy from the harbour wall," said Per Vollan.
"""


def test_a_draft_marks_the_quotes_of_a_speaker_of_no_stated_party_for_review(tmp_path: Path) -> None:
    article = tmp_path / "port.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    tree = draft(article, tmp_path / "port.yaml", today=dt.date(2026, 1, 2)).tree
    parties = {p["name"]: p for p in tree["parties"]}
    assert set(parties) >= {"Norway", "Per Vollan"} and UNDER_REVIEW[0] not in parties
    text = dump(tree).decode()
    vollan = next(line for line in text.splitlines() if "speaker: per-vollan" in line)
    assert "REVIEW: whom Per Vollan speaks for is not stated" in vollan
    dahl = next(line for line in text.splitlines() if "speaker: kari-dahl" in line)
    assert "REVIEW" not in dahl and "speaks for Norway (" in dahl  # the party's evidence beside it
