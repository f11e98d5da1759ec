"""An office read with a country (``briefings.extract.office``) is never a university's or an
institute's: "X of the Japan Institute of International Affairs" was filed under Japan, and "X
of the Russian Academy of Sciences" under Russia, because the country was read as that of an
office called "institute" or "academy". Scholars speak for themselves or their body; the
article does not make them a government's.

Sentences are invented for these tests (real countries, invented people and bodies)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("holder", [
    "Ken Arai of the Japan Institute of Maritime Affairs",
    "Vera Sokol of the Russian Academy of Sciences",
    "Lin Bo of the Chinese Academy of Social Sciences",
])
def test_a_scholars_body_is_no_governments_office(holder: str) -> None:
    (quote,) = extract_quotes(f'{holder} said the talks were "stuck on the same old points."')
    assert quote.party is None, quote.party_evidence


def test_a_governments_office_still_reads_its_country() -> None:
    text = ('Pia Lund of the Danish Foreign Ministry said the talks were "stuck on the same old points."')
    (quote,) = extract_quotes(text)
    assert quote.party == "Denmark", quote.party_reason
