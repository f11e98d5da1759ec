"""The review page shows, beside a proposed quote's speaker, the party the extractor found and
the words it rests on, or why the party is under review. The sentences are written for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from ruamel.yaml import YAML

from briefings.drafting.infer import draft, write_draft
from briefings.review.items import items
from briefings.review.proposals import proposals

TODAY = dt.date(2026, 11, 28)


@pytest.mark.parametrize(("sentence", "label", "shown"), [
    ('"We will not accept these terms at all," Russian Deputy Foreign Minister Pavel Orlik said.',
     "Extractor", "speaks for Russia (the title in the mention: 'Russian Deputy Foreign Minister')"),
    ('"We saw the whole convoy from the harbour wall," said Per Vollan.',
     "Under review", "whom Per Vollan speaks for is not stated"),
])
def test_a_proposed_quote_shows_its_partys_evidence_or_why_it_is_under_review(
        tmp_path: Path, sentence: str, label: str, shown: str) -> None:
    article = tmp_path / "talks.txt"
    article.write_text(sentence + "\n", encoding="utf-8")
    output = tmp_path / "drafts" / "talks.yaml"
    output.parent.mkdir()
    write_draft(draft(article, output, briefing_id="talks", today=TODAY), output)
    tree = YAML().load(output.read_text(encoding="utf-8"))
    for item in items(tree):
        item.node["status"] = "proposed"
    (quote,) = [p for p in proposals(output, tree) if p.kind == "quote"]
    assert quote.why[0][0] == label and shown in quote.why[0][1], quote.why
