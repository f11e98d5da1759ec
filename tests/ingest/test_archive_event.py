"""The timeline event ingest proposes for an article: a placeholder marked REVIEW, on the date
the page or the article gives, saying what the headline (or, when the first line is no headline,
the first sentence) says. Articles written for this test."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefings.drafting.infer import dump, yaml_map
from briefings.ingest.archive import _stem, candidate_event
from briefings.ingest.article import Article

NOW = dt.datetime(2030, 6, 1, 9, 0, tzinfo=dt.UTC)
LEAD = "Ruritania closed its border with Grand Fenwick on Sunday after three weeks of talks failed."
BODY = f"{LEAD}\nThe foreign minister of Ruritania said the crossing would stay shut until further notice."


def _event(title: str, text: str = BODY, published: dt.date | None = None) -> tuple[dict[str, str], str]:
    event = candidate_event(Article("inbox/a.txt", title, text, published=published), "src", NOW)
    return {k: str(v) for k, v in event.items()}, dump(yaml_map(timeline=[event])).decode()


FIRST_LINES = [
    ("a real headline is kept", "Ruritania shuts its border after talks fail", "Ruritania shuts its border after talks fail"),
    ("a byline with a date is no headline", "- The Daily Ledger - Monday, May 1, 2000", LEAD),
    ("a section label is no headline", "World-News", LEAD),
    ("page furniture is no headline", "Back To Top", LEAD),
]


@pytest.mark.parametrize(("title", "expected"), [c[1:] for c in FIRST_LINES], ids=[c[0] for c in FIRST_LINES])
def test_the_event_says_what_the_headline_or_the_lead_says(title: str, expected: str) -> None:
    event, text = _event(title)
    assert event["event"] == expected
    assert "REVIEW: placeholder: the article's headline or first sentence" in text


def test_the_date_the_article_gives_is_taken_and_marked_for_checking() -> None:
    event, text = _event("- The Daily Ledger - Monday, May 1, 2000")
    assert event["date"] == "2000-05-01"
    assert "REVIEW: the first date the article gives: check it" in text


def test_no_date_anywhere_means_today_marked_as_a_placeholder() -> None:
    event, text = _event("Ruritania shuts its border after talks fail")
    assert event["date"] == "2030-06-01"
    assert "REVIEW: placeholder: the article gives no date" in text


def test_the_page_s_own_date_needs_no_check_but_the_event_still_does() -> None:
    event, text = _event("Ruritania shuts its border after talks fail", published=dt.date(2030, 5, 30))
    assert event["date"] == "2030-05-30"
    assert "check it" not in text and "placeholder: the article's headline" in text


def test_the_source_id_comes_from_the_lead_when_the_first_line_is_no_headline(tmp_path: Path) -> None:
    article = Article("inbox/a.txt", "Back To Top", BODY)
    assert _stem(article, {}, tmp_path).startswith("ruritania-closed-its-border")
