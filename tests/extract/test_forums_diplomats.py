"""An unnamed diplomat whose country is not given speaks for the one forum the quote's
paragraph names (``briefings.extract.forums``; foreign-dev ANNOTATION_NOTES, party rule 4): "One
envoy says" in a paragraph on the Security Council had no party. Two forums, or none, leave it
unknown. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' One envoy said: "The vote will be held on Friday."'


@pytest.mark.parametrize(("lead", "party"), [
    ("Members of the UN Security Council met behind closed doors on the draft.", "United Nations"),
    ("NATO allies discussed the request at a meeting in Brussels.", "NATO"),
])
def test_the_one_forum_of_the_paragraph(lead: str, party: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE)
    assert (quote.speaker, quote.party) == ("envoy", party), quote.party_evidence


@pytest.mark.parametrize("lead", [
    "The UN Security Council and NATO allies discussed the request.",
    "Talks went on late into the night.",
])
def test_two_forums_or_none_give_none(lead: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE)
    assert quote.party is None, quote.party_evidence


@pytest.mark.parametrize("lead", [
    "Mediators met Hamas negotiators in Cairo on Monday.",
    "Amnesty International published a report on Monday.",
])
def test_a_non_state_actor_is_no_forum(lead: str) -> None:
    (quote,) = extract_quotes(lead + QUOTE)
    assert quote.party is None, quote.party_evidence
