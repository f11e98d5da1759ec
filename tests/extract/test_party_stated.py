"""More parties from what the text states (issue 19 point 5): a counterpart named after the
name, a delegation a person leads, an actor's possessive before a one-word name; and what
states nothing stays null. Every sentence here is written for the test; the people are invented,
the countries real."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"We will not accept these terms at all,"'

STATED = [
    ("a counterpart after the name, by a possessive pronoun",
     f"Swedish Foreign Minister Anna Lind met Reza Tavan, her Iranian counterpart, in Oslo.\n\n{_SAID} Tavan said.",
     "Reza Tavan", "Iran", "the apposition after the name: 'her Iranian counterpart'"),
    ("a counterpart before the name", f"Anna Lind met her Iranian counterpart Reza Tavan in Oslo.\n\n{_SAID} "
     "Tavan said.", "Reza Tavan", "Iran", "Iranian counterpart"),
    ("a counterpart from a country", f"{_SAID} said Reza Tavan, her counterpart from Iran.", "Reza Tavan", "Iran",
     "'her counterpart from Iran'"),
    ("a counterpart in a capital", f"{_SAID} said Reza Tavan, his counterpart in Tehran.", "Reza Tavan", "Iran",
     "'his counterpart in Tehran'"),
    ("the head of a delegation, past tense", f"{_SAID} said Reza Tavan, who led the Iranian delegation.",
     "Reza Tavan", "Iran", "who led the Iranian delegation"),
    ("the head of a team, by a possessive", f"Reza Tavan, who headed Iran's negotiating team, spoke first.\n\n"
     f"{_SAID} Tavan said.", "Reza Tavan", "Iran", "who headed Iran's negotiating team"),
    ("a delegation led in a sentence of its own", f"Reza Tavan led the Iranian delegation to the talks.\n\n"
     f"{_SAID} Tavan said.", "Reza Tavan", "Iran", "led the Iranian delegation"),
    ("a title given in a later mention", f"{_SAID} Simon Vell said on Monday.\n\nLater, Irish Foreign Minister "
     "Vell met the envoys.", "Simon Vell", "Ireland", "'Irish Foreign Minister'"),
    ("an actor's possessive before a one-word name", f"{_SAID} Iran's Tavan said.", "Tavan", "Iran",
     "the possessive before the name: \"Iran's Tavan\""),
    ("an organisation's possessive before a one-word name", f"{_SAID} the EU's Marrow said.", "Marrow",
     "European Union", "EU's Marrow"),
]


@pytest.mark.parametrize(("text", "speaker", "party", "evidence"), [c[1:] for c in STATED],
                         ids=[c[0] for c in STATED])
def test_a_party_the_text_states(text: str, speaker: str, party: str, evidence: str) -> None:
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == (speaker, party), quote.party_reason
    assert evidence in (quote.party_evidence or ""), quote.party_evidence


UNSTATED = [
    ("the counterpart of a named person is of another side",
     f"Swedish Foreign Minister Anna Lind arrived on Monday.\n\n{_SAID} Lind's counterpart Reza Tavan said.",
     "Reza Tavan"),
    ("a campaign led is no delegation", f"Reza Tavan led the campaign against Russia for years.\n\n{_SAID} "
     "Tavan said.", "Reza Tavan"),
    ("a one-word name with no possessive", f"{_SAID} Tavan said.", "Tavan"),
    ("a portfolio whose country the article never names",
     f"Minister for Foreign Affairs Reza Tavan arrived on Monday.\n\n{_SAID} Tavan said.", "Reza Tavan"),
]


@pytest.mark.parametrize(("text", "speaker"), [c[1:] for c in UNSTATED], ids=[c[0] for c in UNSTATED])
def test_no_party_where_the_text_states_none(text: str, speaker: str) -> None:
    quote = extract_quotes(text)[0]
    assert (quote.speaker, quote.party) == (speaker, None), quote.party_evidence
    assert quote.party_reason and quote.party_evidence is None
