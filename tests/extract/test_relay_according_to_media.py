""""According to state media" relays the words of the sentence's other cue
(``reading._according_to_an_outlet``, ``relay._MEDIA_HEADS``): "Iran's supreme leader said …
'…', according to state media" gave "state media" the leader's words (0.96). A lower-case
phrase for the press is an outlet, and an outlet relays whoever else is the sentence's subject,
a role or a body too. Sentences are invented."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes


@pytest.mark.parametrize("outlet", ["state media", "local television", "Iranian media", "state-run newspapers"])
def test_an_outlet_after_according_to_is_no_speaker(outlet: str) -> None:
    (quote,) = extract_quotes(f"Iran's supreme leader said on Wednesday that the talks were \"not smart, wise "
                              f"or honourable\", according to {outlet}.")
    assert quote.speaker is None or "media" not in quote.speaker and "television" not in quote.speaker \
        and "newspapers" not in quote.speaker, quote.evidence
    assert quote.party == "Iran", quote.party_reason


def test_the_opening_role_revealed_with_an_honorific() -> None:
    first, _ = extract_quotes(
        "Iran's supreme leader said on Wednesday that the talks were \"not smart, wise or honourable\", "
        "according to state media.\n\n\"Experience shows that talking is a mistake,\" Ayatollah Ali Khamenei "
        "was quoted as saying by the official IRNA news agency.\n")
    assert first.speaker == "Ali Khamenei", first.evidence


def test_a_source_that_is_no_outlet_keeps_according_to() -> None:
    (quote,) = extract_quotes('The plan is "dead on arrival", according to Senator Jane Holt of Ohio.')
    assert quote.speaker == "Jane Holt", quote.evidence
