"""A body written in apposition to an actor's organ speaks for that actor
(``briefings.extract.wings``): "Hamas's armed wing, the Qassam Brigades, said" had no party. Another
time or side between ("a former envoy", "opposition leader") gives none. Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize(("text", "party"), [
    ('Hamas\'s armed wing, the Qassam Brigades, said: "We will fight on."', "Hamas"),
    ('Mali\'s ruling military council, the Sahel Renewal Front, said: "We will fight on."', "Mali"),
])
def test_the_owner_of_a_wing(text: str, party: str) -> None:
    (quote,) = extract_quotes(text)
    assert quote.party == party, (quote.speaker, quote.party_evidence, quote.party_reason)


def test_a_former_envoy_is_not_the_owners() -> None:
    (quote,) = extract_quotes('Chile\'s former ruling council, the Lindqvist Group, met on Monday.\n\n'
                              '"We will fight on," the Lindqvist Group said.')
    assert quote.party != "Chile", quote.party_evidence


def test_a_body_that_names_its_own_owner_is_no_wing_of_the_actor_before() -> None:
    (quote,) = extract_quotes("Hanoi and Tokyo agreed on Monday to counter China's growing naval threats, "
                              "Hanoi's defence ministry said.\n\n"
                              '"Any attack will meet a joint answer," the ministry said in a press release.')
    assert quote.party == "Vietnam", quote.party_evidence


def test_a_body_naming_its_own_actor_is_no_wing() -> None:
    text = ("SEOUL (Yonhap) -- South Korea and Japan agreed to cooperate in the face of North Korea's growing "
            "nuclear threats, Seoul's foreign ministry said.\n\n"
            '"Close coordination is more important than ever," the ministry said in a press release.\n')
    (quote,) = extract_quotes(text)
    assert quote.party == "South Korea", quote.party_evidence
