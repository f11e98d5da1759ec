"""A body that quotes a definite role "as saying" relays that role's words
(``briefings.extract.relay._body_quoting_an_office``): "The agency quoted the crown prince as
saying" was given to the agency (0.68). And a principal's "media office" or "press office"
speaks for the principal (``party._principal``): it had no party.

Sentences are invented for these tests (real countries, invented people)."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_an_agency_quoting_an_office_holder_relays_their_words() -> None:
    text = ("Saudi Crown Prince Faris bin Nayef received the visitors, the state news agency reported. The agency "
            'quoted the crown prince as saying that the Kingdom "stands with Iraq in preserving its security."')
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == ("Faris bin Nayef", "Saudi Arabia")


def test_a_principal_s_media_office_speaks_for_the_principal() -> None:
    text = ("Iraqi Prime Minister Ali Jaber flew to Jeddah. Jaber's media office said the two sides had agreed to "
            '"activate the coordination council."')
    quote = extract_quotes(text)[-1]
    assert quote.party == "Iraq"
