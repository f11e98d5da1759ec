"""Plural role nouns of foreign-policy news ("Ukrainian commanders said", "Israeli negotiators
said") are groups (``groups``, ``lexicon/role_nouns.txt``): they were no mention at all, the
quote had no speaker and no party."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    ("Ukrainian commanders", "Ukrainian commanders", "Ukraine"),
    ("Israeli negotiators", "Israeli negotiators", "Israel"),
    ("Iranian lawmakers", "Iranian lawmakers", "Iran"),
    ("U.N. envoys", "U.N. envoys", "United Nations"),
    ("Western ambassadors", "Western ambassadors", None),
])
def test_a_plural_role_is_a_group(subject: str, speaker: str, party: str | None) -> None:
    text = f'KYIV - Fighting went on.\n\n{subject} said the troops were "exhausted and badly demoralised."\n'
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == (speaker, party)
