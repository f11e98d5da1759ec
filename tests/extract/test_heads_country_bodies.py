"""A body phrase whose first word is a country's ("the Egyptian foreign ministry said") names
that country's body (``briefings.extract.heads.named_body``): it is never the speaker found
before by a phrase with the same head noun (another country's ministry spokesman), a wrong name
and a wrong party."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

ARTICLE = ("DOHA, Qatar - Talks on a ceasefire reached a critical stage on Sunday, Qatar's foreign "
           'ministry said. "We are working around the clock," ministry spokesman Majid Rahal told a briefing.\n\n'
           'In Cairo, {subject} said it was "in constant contact with all the parties."\n')


@pytest.mark.parametrize(("subject", "speaker", "party"), [
    ("the Egyptian foreign ministry", "Egyptian foreign ministry", "Egypt"),
    ("the Jordanian foreign ministry", "Jordanian foreign ministry", "Jordan"),
    ("the UN human rights office", "UN human rights office", "United Nations"),
])
def test_a_body_named_with_its_country(subject: str, speaker: str, party: str) -> None:
    quote = extract_quotes(ARTICLE.format(subject=subject))[-1]
    assert (quote.speaker, quote.party) == (speaker, party)


def test_the_ministry_alone_is_still_the_one_quoted_before() -> None:
    quote = extract_quotes(ARTICLE.format(subject="the foreign ministry"))[-1]
    assert quote.party == "Qatar"
