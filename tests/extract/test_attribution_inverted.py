"""A name that a verb follows is the reported clause's subject, not an inverted cue's
(``briefings.extract.attribution.Attributor.inverted_subject``): "A German colleague from the
CDU, speaking on condition of anonymity, said Kessler had '…'" gave the quote to Kessler (0.96),
the man it was about. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("verb", ["had", "was", "would", "could"])
def test_a_name_before_a_verb_is_not_the_speaker(verb: str) -> None:
    text = ("Manfred Kessler defended the vote on Tuesday.\n\n"
            "A colleague from his own group, speaking on condition of anonymity, said Kessler "
            f'{verb} "not asked anybody before the vote."')
    (quote,) = extract_quotes(text)
    assert quote.speaker != "Manfred Kessler", quote.evidence
