"""A quote whose speaker is withheld between rivals who all speak for one party gets that party
(``briefings.extract.tied_parties``); rivals of different parties, or of unknown ones, leave it
empty."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

TIED = ("TOKYO - Japan lodged a protest on Wednesday, {body} said.\n\n"
        '{person} told a press conference the incursion was "extremely regrettable". '
        'The top government spokesman said Tokyo would "respond calmly but resolutely."\n')


@pytest.mark.parametrize(("body", "person", "party"), [
    ("Japan's Foreign Ministry", "Japanese Chief Cabinet Secretary Ken Mori", "Japan"),
    ("Japan's Foreign Ministry", "Valdoran Chief Cabinet Secretary Ken Mori", None),
    ("Japan's Foreign Ministry", "Ken Mori", None),
])
def test_a_withheld_speaker_keeps_the_party_its_rivals_share(body: str, person: str, party: str | None) -> None:
    quote = next(q for q in extract_quotes(TIED.format(body=body, person=person)) if q.quote.startswith("respond"))
    assert quote.speaker is None and "may be Ken Mori or" in (quote.reason or "")
    assert quote.party == party
    if party:
        assert "each speaks for Japan" in (quote.party_evidence or "")
