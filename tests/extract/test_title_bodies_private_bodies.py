"""A nationality before a private body's noun or a fighter's word in lower case ("Polish
farmers' union leader", "a Pakistani militant group", "a Syrian rebel commander") says where the
speaker is, not whose words they speak: no country's party; a name after the noun ("the
Palestinian militant group Hamas") is the body's own (``labels.of_a_private_body``,
``title_bodies.actor_of_title``, ``title_bodies.body_after_title``). A lone adjective before a
movement ("the Islamist movement") names no body."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("attribution", "party"), [
    ("Polish farmers' union leader Michal Kolo said", None),
    ("a Pakistani militant group said", None),
    ("an Israeli rights group said", None),
    ("a Syrian rebel commander said", None),
    ("a Chinese company spokesman said", None),
    ("Peace Now, an Israeli anti-settlement watchdog, said", None),
    ("a British think tank said", None),
    ("Ali Baraka, a member of the Palestinian militant group Hamas, said", "Hamas"),
    ("Ali Nazal, a leader of the Palestinian Islamist movement Hamas, said", "Hamas"),
    ("Jan Roe, head of the Kenyan rights group Haki Africa, said", "Haki Africa"),
    ("Ali Ahmed, spokesman for the Islamist movement, said", None),
    # unchanged: organs of a state, and bodies by their own name
    ("Polish Agriculture Minister Czeslaw Sieg said", "Poland"),
    ("the Russian Foreign Ministry said", "Russia"),
    ("Ali Ahmed, a leader of the Unity Front party, said", "Unity Front"),
    ("an EU official said", "European Union"),
])
def test_a_private_body_is_no_country(attribution: str, party: str | None) -> None:
    text = f'WARSAW - Talks went on.\n\n{attribution} the deal was "a betrayal of our people here."\n'
    quote = extract_quotes(text)[0]
    assert quote.speaker is not None
    assert quote.party == party, quote.party_evidence
