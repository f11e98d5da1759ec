"""Hard-wrapped articles (mail, plain-text wire copy): a draft reads its key points, headline,
timeline lead and measure sentences from whole paragraphs, joined where the extractor joins a
quote over a line end (``briefings.paragraphs``). Before, each line was read on
its own: a key point ended mid-sentence ('the launch was "a grave provocation that'), and wire
copy that opens with its dateline lost its lead sentence as if it were a headline. The text is
invented for the test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.drafting.clutter import headline, story_sentences
from briefings.drafting.infer import draft

WRAPPED = (
    "SEOUL, Jan. 12 (Yonhap) -- South Korea's unification minister Lee Dae-sung said Friday that\n"
    'the North\'s latest missile launch was "a grave provocation that\n'
    'threatens peace on the peninsula."\n'
    "\n"
    '"We are closely monitoring the situation together with our allies," Lee told a\n'
    "parliamentary committee on Friday afternoon.\n"
    "\n"
    "Seoul imposed sanctions on four North Korean shipping firms and barred their vessels\n"
    "from its ports on Friday.\n"
)
HEADLINED = "Seoul condemns launch\n\n" + WRAPPED.split("-- ", 1)[1]


@pytest.mark.parametrize(("text", "first"), [
    pytest.param(WRAPPED, "South Korea's unification minister Lee Dae-sung said Friday that the North's latest "
                          'missile launch was "a grave provocation that threatens peace on the peninsula."',
                 id="a dateline opens the lead: no headline"),
    pytest.param(HEADLINED, "South Korea's unification minister Lee Dae-sung said Friday that the North's latest "
                            'missile launch was "a grave provocation that threatens peace on the peninsula."',
                 id="a headline, then the wrapped lead"),
])
def test_key_points_are_whole_sentences_of_the_story(text: str, first: str) -> None:
    sentences = story_sentences(text)
    assert sentences[0] == first
    assert sentences[1] == ('"We are closely monitoring the situation together with our allies," Lee told a '
                            "parliamentary committee on Friday afternoon.")


def test_a_headline_is_the_first_paragraph_unless_a_dateline_opens_it() -> None:
    assert headline(HEADLINED) == "Seoul condemns launch"
    assert headline(WRAPPED) is None


def test_a_draft_of_a_wrapped_article_keeps_its_sentences_whole(tmp_path: Path) -> None:
    article = tmp_path / "launch.txt"
    article.write_text(WRAPPED, encoding="utf-8")
    tree = draft(article, tmp_path / "launch.yaml", today=dt.date(2026, 1, 12)).tree
    assert tree["key_points"][0].endswith('threatens peace on the peninsula."')
    assert tree["timeline"][0]["event"] == tree["key_points"][0]
    assert not tree["title"].startswith("Draft: SEOUL")
    measures = [c["description"] for p in tree["parties"] for c in p.get("consequences", [])]
    assert "Seoul imposed sanctions on four North Korean shipping firms and barred their vessels from its " \
           "ports on Friday." in measures
