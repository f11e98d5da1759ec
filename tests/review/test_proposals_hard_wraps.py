"""The archived article beside a proposed item shows its paragraphs: a hard-wrapped article
(mail, plain-text wire copy) has its lines joined where a draft joins them
(``briefings.drafting.clutter.article_paragraphs``), so the passage is marked inside one
paragraph, not cut at a line end. Before, every line was a paragraph of its own."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import SEEDS

from briefings.review.decide import read_tree
from briefings.review.items import proposed
from briefings.review.proposals import article_for
from tests.review.test_decide import propose

WRAPPED = (
    "Ankara weighs its answer\n"
    "\n"
    "Turkey's foreign minister spoke on Wednesday. \"We will respond to these sanctions in kind\n"
    "and without delay,\" Mevlut Cavusoglu told reporters in Ankara. He added\n"
    "that the ministry \"keeps every option on the table\" for now.\n"
    "\n"
    "The European Union will discuss an arms embargo on Turkey at its summit.\n"
)


def test_a_wrapped_article_is_shown_in_its_paragraphs(tmp_path: Path) -> None:
    shutil.copytree(SEEDS, tmp_path / "seeds")
    briefing = tmp_path / "seeds" / "us-turkey-caatsa-sanctions.yaml"
    propose(briefing)
    (tmp_path / "seeds" / "sources" / "new-article.txt").write_text(WRAPPED, encoding="utf-8")
    tree = read_tree(briefing)
    quote = next(i for i in proposed(tree) if i.kind == "quote")
    article = article_for(briefing, tree, quote.fingerprint[:8])
    assert article is not None
    assert article.text.split("\n") == [
        "Ankara weighs its answer",
        "Turkey's foreign minister spoke on Wednesday. \"We will respond to these sanctions in kind and without "
        "delay,\" Mevlut Cavusoglu told reporters in Ankara. He added that the ministry \"keeps every option on "
        "the table\" for now.",
        "The European Union will discuss an arms embargo on Turkey at its summit.",
    ]
    assert article.span is not None
    start, end = article.span
    assert "We will respond to these sanctions in kind and without delay" in article.text[start:end]
