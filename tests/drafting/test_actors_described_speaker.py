"""A speaker named by a description ("the foreign ministry") whose party the text states is
filed under that party, its speaker marked for review; with no party, it stays unattributed.
Sentences are invented for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.drafting.actors import UNDER_REVIEW
from briefings.drafting.infer import draft, dump

STATED = ("The foreign ministry of Niger said in a statement to the African Union that the measures "
          'were "illegal and against every rule."\n\n'
          '"We call on our neighbours to lift these measures," the ministry said.\n')
UNSTATED = 'The ministry said the measures were "illegal and against every rule."\n'


@pytest.mark.parametrize(("text", "party", "advice"), [
    (STATED, "Niger", "Name who said it for Niger, or keep Niger as the speaker"),
    (UNSTATED, UNDER_REVIEW[0], "File it under the party of whoever said it"),
])
def test_a_described_speaker_is_filed_under_its_stated_party(tmp_path: Path, text: str, party: str,
                                                             advice: str) -> None:
    article = tmp_path / "niger.txt"
    article.write_text(text, encoding="utf-8")
    tree = draft(article, tmp_path / "niger.yaml", today=dt.date(2026, 1, 2)).tree
    parties = {p["name"]: p for p in tree["parties"]}
    assert party in parties and parties[party]["quotes"]
    lines = [line for line in dump(tree).decode().splitlines() if "speaker:" in line and "REVIEW" in line]
    assert lines and all("is a description or a title, not a name. " + advice in line for line in lines)
