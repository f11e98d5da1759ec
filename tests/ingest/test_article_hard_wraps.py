"""A plain-text article dropped in the inbox may be hard-wrapped (mail, plain-text wire copy):
its lines are joined where the extractor joins a quote over a line end, so the headline, a lead
that opens with its dateline, and the archived text are never cut at a line's end
(``briefings.ingest.article.from_text``). Before, the first line was the headline, and a wire
lead wrapped after "said Friday that" became a headline of its own, its quote in the next
paragraph. The text is invented for the test."""

from __future__ import annotations

from briefings.ingest.article import from_text

WRAPPED = (
    "SEOUL, Jan. 12 (Yonhap) -- South Korea's unification minister Lee Dae-sung said Friday that\n"
    'the North\'s latest missile launch was "a grave provocation that\n'
    'threatens peace on the peninsula."\n'
    "\n"
    '"We are closely monitoring the situation," Lee told a\n'
    "parliamentary committee.\n"
)


def test_a_wrapped_lead_is_one_headline_and_the_text_keeps_its_sentences() -> None:
    article = from_text("inbox/seoul.txt", WRAPPED.encode())
    assert article.title == ("SEOUL, Jan. 12 (Yonhap) -- South Korea's unification minister Lee Dae-sung said "
                             'Friday that the North\'s latest missile launch was "a grave provocation that threatens '
                             'peace on the peninsula."')
    assert article.text == '"We are closely monitoring the situation," Lee told a parliamentary committee.'


def test_a_headline_line_stays_the_headline() -> None:
    article = from_text("inbox/talks.txt", b"Talks resume in Geneva\n\nThe talks resumed on Monday after\n"
                                           b"a pause of two weeks, officials said.\n")
    assert article.title == "Talks resume in Geneva"
    assert article.text == "The talks resumed on Monday after a pause of two weeks, officials said."
