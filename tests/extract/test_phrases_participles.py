"""A participle and its preposition after the head noun end a phrase after an inverted cue
(``briefings.extract.phrases._participle_before_preposition``): "says a Commission official
involved in the talks" gave the label `Commission official involved`, whose capitals made it a
body speaking for itself. Sentences are invented for these tests (real bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("after_cue", "speaker", "party"), [
    ("a Commission official involved in the talks", "Commission official", None),
    ("an official involved in the talks", "official", None),
    # no participle: as before
    ("one of the organisers", "one of the organisers", None),
])
def test_the_phrase_after_an_inverted_cue(after_cue: str, speaker: str, party: str | None) -> None:
    quote = extract_quotes(f'"Milestones on paper are not reforms in practice," says {after_cue}.')[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
