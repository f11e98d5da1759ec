"""'The spokesperson' is the spokesperson the article just introduced for a body
(``briefings.extract.issuers.spokesperson_body``): "A spokesperson for the Northern Ireland Office
said the UK government was … '…,' the spokesperson said" gave "UK government" (0.87), the body
named last, which the spokesperson only talked about. Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_the_spokesperson_speaks_for_the_body_named_with_them() -> None:
    text = ('A spokesperson for the Scotland Office said the Treasury was "looking closely" at the plan. '
            '"We will keep every option under review for now," the spokesperson said.')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Scotland Office", quote.evidence
