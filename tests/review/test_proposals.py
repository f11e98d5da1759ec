"""What the review page says of a proposed item: here, why a drafted quote was proposed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ruamel.yaml import YAML

from briefings.drafting.infer import draft, write_draft
from briefings.review.items import items
from briefings.review.proposals import proposals

TODAY = dt.date(2026, 11, 28)


def test_a_drafted_quote_carries_the_extractors_confidence_and_route(tmp_path: Path) -> None:
    """The review page shows why a quote was proposed: drafting writes, beside its speaker, the
    extractor's calibrated confidence, its route and mention, and the party it found."""
    article = tmp_path / "talks.txt"
    article.write_text('"We will not accept these terms at all," Foreign Minister Pavel Orlik of Russia '
                       "said on Monday.\n", encoding="utf-8")
    output = tmp_path / "drafts" / "talks.yaml"
    output.parent.mkdir()
    write_draft(draft(article, output, briefing_id="talks", today=TODAY), output)
    text = output.read_text(encoding="utf-8")
    assert "# extractor: confidence 0." in text and "speaks for Russia" in text
    tree = YAML().load(text)
    for item in items(tree):
        item.node["status"] = "proposed"
    found = [p for p in proposals(output, tree) if p.kind == "quote"]
    assert found and found[0].why[0][0] == "Extractor" and "confidence" in found[0].why[0][1]
