"""An unnamed source described at length before "said" ("An Eritrean exile based in Europe,
who asked not to be named for security reasons, said Asmara was '…'"). Four readings each
gave a wrong speaker, one after the other as the one before was mended: the nationality alone
(``mentions``: a demonym after an article is an adjective), the name after "said" that opens
the reported clause (``attribution.inverted_subject``: "said Asmara was" is no inverted
subject), the place before ", who" (``relative.is_a_place``) and the exile's country
(``lexicon/independent_roles.txt``: exiles and dissidents speak for themselves). An
opposition label speaks for the opposition (``party``).

Sentences are invented for these tests (real countries and capitals)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

TAIL = ' said Asmara was "preparing its people for another war."'

CASES = [
    pytest.param("An Eritrean exile based in Europe, who asked not to be named for security reasons," + TAIL,
                 ("Eritrean exile", "independent"), id="a long description before 'said'"),
    pytest.param("An Eritrean opposition figure based in Europe, who asked not to be named," + TAIL,
                 ("Eritrean opposition figure", "Eritrean opposition"), id="an opposition figure"),
    pytest.param("A senior opposition figure" + TAIL, ("senior opposition figure", None), id="no country"),
    pytest.param('"It is over," said Jane Roe, who was at the meeting.', ("Jane Roe", None),
                 id="an inverted subject with a relative clause"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_described_unnamed_source_is_the_speaker(text: str, expected: tuple[str, str | None]) -> None:
    [quote] = extract_quotes(text)
    assert (quote.speaker, quote.party) == expected


def test_a_demonym_that_is_a_surname_stays_a_name() -> None:
    [quote] = extract_quotes('Cuban said the market was "absolutely black and white."')
    assert quote.speaker == "Cuban"
