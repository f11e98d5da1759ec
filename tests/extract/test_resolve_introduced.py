"""An unnamed source brought in with a fuller phrase keeps that phrase when the article calls
it "the official" later (``heads.introduced_as``). Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = '\n\n"The plan will not survive the winter, whatever anyone says," the {head} told reporters.'


@pytest.mark.parametrize(("lead", "head", "speaker", "party"), [
    # "the official" was the speaker "official", with no party (0.80)
    ("A senior Israeli official on Sunday rejected the plan.", "official", "senior Israeli official", "Israel"),
    ("A Western diplomat in Nairobi described the talks as stalled.", "diplomat", "Western diplomat", None),
    # nothing fuller before: as written, as before
    ("The talks stalled on Sunday.", "official", "official", None),
    # a phrase of another head noun is not the one introduced
    ("A senior Israeli minister on Sunday rejected the plan.", "official", "official", None),
])
def test_the_official_is_the_one_introduced(lead: str, head: str, speaker: str, party: str | None) -> None:
    (quote,) = extract_quotes(lead + QUOTE.format(head=head))
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence
