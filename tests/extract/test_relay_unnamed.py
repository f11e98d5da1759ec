"""An outlet or a press service that quotes someone unnamed "as saying" is still only the relay
(``briefings.extract.relay.quoted_author``): "quoted an unnamed official as saying" gives the
label the text uses, "quoted him as saying" gives no speaker (the pronoun is not resolved
there), and neither gives the relay.

Sentences are invented for these tests."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


def test_an_unnamed_source_quoted_by_an_agency_is_the_label_not_the_agency() -> None:
    [quote] = extract_quotes("The semiofficial Mehr news agency quoted an unnamed official as saying that "
                             'Tehran "will answer any new resolution with steps of its own."')
    assert quote.speaker == "unnamed official"
    assert "quotes 'an unnamed official' as saying" in quote.evidence


@pytest.mark.parametrize("text", [
    pytest.param("President Ilya Marek's press service quoted him as saying that the duties were \"a form "
                 'of economic war against us."', id="a press service quoted him"),
    pytest.param("Deputy Minister Olga Dern spoke in Minsk. The state agency BelTA quoted her as saying "
                 'that the duties were "a form of economic war against us."', id="an agency quoted her"),
])
def test_quoted_him_as_saying_gives_no_speaker_rather_than_the_relay(text: str) -> None:
    [quote] = extract_quotes(text)
    assert quote.speaker is None
    assert "could not be resolved" in (quote.reason or "")


def test_a_definite_role_quoted_as_saying_is_left_to_the_rules_before() -> None:
    """ "the president" would go to whoever the resolver takes it for: not read as a relay's author."""
    [quote] = extract_quotes("Mira Holt, head of a lobby group, posted as the leader spoke. An early post "
                             'quoted the president as saying "we need to act before the next attack."')
    assert quote.speaker != "Mira Holt"
