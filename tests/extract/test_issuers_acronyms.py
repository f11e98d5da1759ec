"""A body taken up by a common noun goes by the full name the article gives it
(``briefings.extract.issuers._body_just_named``): an acronym the article spells out ("Rapid
Support Forces (RSF)") is that body, not the one a table knows by the same letters (RSF:
Reporters Without Borders), as speaker and as party.

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes

TEXT = ("The minister accused the Rapid Support Forces (RSF) of shelling the city.\n\n"
        "The RSF rejected the claim. In a post on its channel, the group said it was \"committed to "
        'keeping civilians safe."\n')


def test_the_group_is_the_body_the_article_spells_out() -> None:
    [quote] = extract_quotes(TEXT)
    assert (quote.speaker, quote.party) == ("Rapid Support Forces", "Rapid Support Forces")
