"""An acronym in a title that the acronym table also knows ("RSF" is Reporters Without
Borders there) is the body the article spells out, brackets or none: "The Rapid Support Forces
denied ... RSF spokesman X said" filed X under Reporters Without Borders, a wrong party. With no
name spelled out, the table still reads it. Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("lead", "party"), [
    ("The Rapid Support Forces denied the accusations.", "Rapid Support Forces"),
    ("The Rapid Support Forces (RSF) denied the accusations.", "Rapid Support Forces"),
    ("Press freedom fell again this year, a report showed.", "Reporters Without Borders"),
])
def test_a_table_acronym_is_the_name_the_article_spells(lead: str, party: str) -> None:
    text = f'KHARTOUM - Fighting went on.\n\n{lead} "Our people are safe," RSF spokesman Idris Kamal said.\n'
    quote = extract_quotes(text)[-1]
    assert quote.speaker == "Idris Kamal"
    assert quote.party == party


def test_an_acronym_the_table_does_not_know_keeps_its_body() -> None:
    # spelled out without brackets, "NLD spokesman" became "National League for Democracy
    # spokesman", which reads as no body's name: the party was lost (attack12 probe)
    text = ('YANGON - The National League for Democracy said the vote was a sham.\n\n'
            '"We will not take part in it," NLD spokesman Kyaw Min said.\n')
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == ("Kyaw Min", "National League for Democracy"), quote.party_reason
