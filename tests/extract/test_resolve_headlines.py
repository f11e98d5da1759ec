"""A role phrase no title matches goes to the article's protagonist, never to a headline's
capitalised run ("Weekly Press Briefing by the Spokesperson", ``resolve.Resolver._protagonist``).
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

BODY = ("\n\nGood morning, and welcome to the weekly briefing of the press office. "
        'The high commissioner is worried about the floods. Later, the high commissioner said that '
        '"no village should be left to face this alone."')


@pytest.mark.parametrize("headline", [
    # gave the speaker "Weekly Press Briefing" (0.81)
    "Weekly Press Briefing by the Office of the Spokesperson",
    "Weekly Press Briefing of the United Nations Spokesperson",
])
def test_a_headline_run_is_no_protagonist(headline: str) -> None:
    quote = extract_quotes(headline + BODY)[-1]
    assert quote.speaker is None, quote.evidence


def test_a_person_named_in_the_body_is_still_the_protagonist() -> None:
    text = "Weekly Press Briefing" + BODY.replace("The high commissioner is", "Ida Sorensen is")
    assert extract_quotes(text)[-1].speaker == "Ida Sorensen"
