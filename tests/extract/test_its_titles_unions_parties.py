"""A union's or a party's common noun opening a title ("union leader X", "party spokesman X") is
the staff of the union or party just named, as "ministry spokesperson" is of the ministry just
named: it gave no party. A union of states is no trade union ("union leader X" after "The
European Union said" stays unstated). Names are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("lead", "title", "party"), [
    ("The Korean Metal Workers' Union said jobs were at risk.", "union leader", "Korean Metal Workers' Union"),
    ("The Democratic Party said the vote was rigged.", "party spokesman", "Democratic Party"),
    ("The European Union said the vote was rigged.", "union leader", None),
    ("Prices rose again in March.", "union leader", None),
])
def test_a_union_or_party_noun_is_the_body_just_named(lead: str, title: str, party: str | None) -> None:
    text = f'SEOUL - Talks failed on Monday.\n\n{lead} "Workers should not pay," {title} Yoon Sang-ho said.\n'
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == ("Yoon Sang-ho", party)
