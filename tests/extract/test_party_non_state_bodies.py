"""Bodies foreign-policy news quotes that the organisations table did not know
(``lexicon/organisations.txt``): a country inside their names made them that country's
government ("the Organization of American States" under the United States, "the Libyan National
Army" under Libya, "the Norwegian Refugee Council" under Norway), or they had no party at all
("Houthi officials", "an OPCW spokesman"). People are invented; the bodies are real."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

_SAID = '"The talks have reached a dead end for now,"'

CASES = [
    ("an American body named after its continent", f"{_SAID} the Organization of American States said.",
     "Organization of American States"),
    ("an armed force with a demonym in its name", f"{_SAID} said Omar Sallem, a spokesman for the Libyan National "
     "Army.", "Libyan National Army"),
    ("a Syrian force that is not the government", f"{_SAID} the Syrian Democratic Forces said in a statement.",
     "Syrian Democratic Forces"),
    ("a charity with a demonym in its name", f"{_SAID} the Norwegian Refugee Council said.",
     "Norwegian Refugee Council"),
    ("a movement by its adjective", f"{_SAID} Houthi officials said.", "Houthis"),
    ("a treaty body by its acronym", f"{_SAID} an OPCW spokesman said.", "OPCW"),
    ("a group by its longer name", f"{_SAID} Palestinian Islamic Jihad said.", "Islamic Jihad"),
]


@pytest.mark.parametrize(("text", "party"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_non_state_or_international_body_is_its_own_party(text: str, party: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.party == party
