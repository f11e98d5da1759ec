"""A narrator, an announcer, a heckler, a caller or a questioner is someone the story does not
name, never the article's protagonist (``lexicon/anonymous.txt``): "the announcer says" after
a campaign named before is the announcer.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes

PARAGRAPHS = {
    'Gov. Ann Ford launched a new spot on Monday. "Jobs, jobs and more jobs for the heartland," '
    'the announcer says.': "announcer",
    'Sen. Paul Kerr spoke for an hour in Dayton. "Go home and take your lies with you," a heckler '
    'shouted near the stage.': "heckler",
    'Sen. Paul Kerr took questions on the radio. "Why did you vote against the farm bill twice?" '
    'the caller asked.': "caller",
}


def test_a_bystander_is_not_the_protagonist() -> None:
    found = {text: extract_quotes(text)[-1].speaker for text in PARAGRAPHS}
    assert found == PARAGRAPHS
