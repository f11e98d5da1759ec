"""A spokesperson's title after a lower-case body noun ("army spokesman X") is that body's, not
the one body the sentence before named (``briefings.extract.its_titles``): "The Sudanese army said
it had retaken the city from the Rapid Support Forces (RSF). ... army spokesman X said" filed the
army's spokesman under the RSF. Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_the_army_spokesman_is_not_the_rebels() -> None:
    text = ("The Valdonian army said it had retaken the town from the Rapid Support Forces (RSF).\n\n"
            '"Our forces hold the town," army spokesman Omar Dali said.')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Omar Dali" and quote.party != "Rapid Support Forces", quote.party_evidence


def test_a_spokesman_alone_is_the_body_just_named() -> None:
    text = ("The Northern Liberation Front said it had retaken the town.\n\n"
            '"Our forces hold the town," spokesman Omar Dali said.')
    (quote,) = extract_quotes(text)
    assert (quote.speaker, quote.party) == ("Omar Dali", "Northern Liberation Front"), quote.party_evidence
