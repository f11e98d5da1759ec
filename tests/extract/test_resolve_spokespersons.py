"""An indefinite spokesperson is someone the article does not name (``briefings.extract.resolve``):
"'…,' a No 10 spokesperson said" went to the Commission spokesperson named two paragraphs later
(0.97), and "A spokesperson for the group said" to another body's named spokesperson (0.93).
Sentences are invented for these
tests."""

from __future__ import annotations

from briefings.extract import extract_quotes

LATER = ('\n\n"We will send our proposals in June," Commission spokesperson Lena Haas said.')


def test_a_spokesperson_is_not_the_one_named_later() -> None:
    text = '"We are open to working with our neighbours on defence," a Downing Street spokesperson said.' + LATER
    first, _ = extract_quotes(text)
    assert first.speaker != "Lena Haas", first.evidence


def test_a_spokesperson_is_not_the_one_named_before() -> None:
    text = ('Commission spokesperson Lena Haas said the fund "will be ready by June at the latest."\n\n'
            'A spokesperson for the Nordic group said the fund was "too small to matter at all."')
    _, second = extract_quotes(text)
    assert second.speaker != "Lena Haas", second.evidence

