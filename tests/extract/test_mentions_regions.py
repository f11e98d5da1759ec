"""A world region is no name (``briefings.extract.mentions``, ``actors.is_region``,
``lexicon/regions.txt``): "Amnesty International's regional director for East and Southern
Africa, X, said" gave the speaker "Southern Africa" (0.97), and "the UN envoy for West Africa and
the Sahel, X," gave "Sahel", of the party "Sahel". After a title's "for" a region is the
office's portfolio, as a country is. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

QUOTE = ' the arrests were "a disgrace to the whole region."'


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    ("Amnesty International's regional director for East and Southern Africa, Rudo Moyo, said",
     "Rudo Moyo", "Amnesty International"),
    ("The UN envoy for West Africa and the Sahel, Ines Kato, said", "Ines Kato", "United Nations"),
    ("UN special envoy for West Africa Ines Kato said", "Ines Kato", "United Nations"),
    ("The EU's special representative for Central Asia, Tomas Berg, said", "Tomas Berg", "European Union"),
])
def test_a_region_is_no_speaker(subject: str, speaker: str, party: str) -> None:
    (quote,) = extract_quotes(subject + QUOTE)
    assert (quote.speaker, quote.party) == (speaker, party), quote.evidence
