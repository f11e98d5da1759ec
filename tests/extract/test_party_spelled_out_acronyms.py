"""A title's acronym the article never puts in brackets ("DFA spokesperson X" after "the
Department of Foreign Affairs said") is the one capitalised name whose initials spell it
(``orgnames.spelled_out``): a government department whose name says no country gives no party
(it gave the party "DFA"); another body goes by its full name. A body spelled out in brackets
whose name says no country gives none either (it was its own party). A run that holds no body
word is a person's name ("Director Francisco Alvarez"), which spells no acronym (round 11's attack:
it was the party of "DFA spokesperson X")."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes
from briefings.extract.article import Article
from briefings.extract.orgnames import spelled_out


@pytest.mark.parametrize(("lead", "title", "party"), [
    ("The Department of Foreign Affairs said it had summoned the envoy.", "DFA spokesperson", None),
    ("The Ministry of Foreign Affairs (MoFA) said it had summoned the envoy.", "MoFA spokesperson", None),
    ("The National Democratic Front said it had summoned the envoy.", "NDF spokesperson",
     "National Democratic Front"),
    ("Director Fernando Abad of the coast guard said a boat was rammed.", "DFA spokesperson",
     "DFA"),  # a person's name spells no acronym: never the party "Director Fernando Abad"
])
def test_an_acronym_in_a_title_is_the_name_it_spells(lead: str, title: str, party: str | None) -> None:
    text = f'MANILA - Tension rose on Monday.\n\n{lead} {title} Teresa Dalo said it was "a clear violation of law."\n'
    quote = extract_quotes(text)[-1]
    assert quote.speaker == "Teresa Dalo"
    assert quote.party == party


@pytest.mark.parametrize(("text", "found"), [
    ("The Department of Foreign Affairs met.", "Department of Foreign Affairs"),
    ("The Department of Foreign Affairs met the Danish Fishing Association.", None),  # two names: which?
    ("The department of foreign affairs met.", None),  # no capitalised name
    ("Director Francisco Alvarez of the coast guard met.", None),  # a person's name holds no body word
    ("Director Francisco Alvarez met the Department of Foreign Affairs.", "Department of Foreign Affairs"),
])
def test_spelled_out(text: str, found: str | None) -> None:
    assert spelled_out(Article(text, []), "DFA") == found
