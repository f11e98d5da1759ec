"""A spokesperson whose phrase names a body speaks for that body
(``briefings.extract.issuers._body_before_role``): "A Commission spokesperson said", after a
paragraph on the European Parliament, gave the speaker `European Parliament` (0.78), the body
named last. Now the body its words name, by the fullest name the article gives it, else the
phrase as written. Sentences are invented for these tests (real bodies, invented people)."""

from __future__ import annotations

import pytest

from briefings.extract import extract_quotes

PARLIAMENT = ('The largest group in the European Parliament wants a delay. "We are against red tape," group '
              "leader Ivo Brandt said.\n\n")


@pytest.mark.parametrize(("text", "speaker", "party"), [
    (PARLIAMENT + 'A Commission spokesperson said the executive "takes note of all positions" on the file.',
     "Commission spokesperson", None),
    ("The European Commission proposed the law in 2021. " + PARLIAMENT +
     'A Commission spokesperson said the executive "takes note of all positions" on the file.',
     "European Commission", "European Union"),
    # a possessive before the body word is no part of its name ("Ruiz's Commission")
    ("Ana Ruiz attacked Brussels again. Ruiz's Commission critics cheered. "
     'A Commission spokesperson said the executive "takes note of all positions" on the file.',
     "Commission spokesperson", None),
    # no body in the phrase: the body just named, as before
    ('The European Commission proposed the law. A spokesperson said it "takes note of all positions" now.',
     "European Commission", "European Union"),
])
def test_the_body_a_spokesperson_phrase_names(text: str, speaker: str, party: str | None) -> None:
    quote = extract_quotes(text)[-1]
    assert (quote.speaker, quote.party) == (speaker, party)
