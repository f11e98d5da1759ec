"""A possessive and a noun of speech, then "was" and a colon, introduce the possessor's words
("Roe's response was: '...'"), never the words of the person named in the sentence before
(``possessive._INTRODUCTION``).

Sentences are invented for these tests."""

from __future__ import annotations

from briefings.extract import extract_quotes


def test_a_response_that_was_a_quote_is_the_possessor_s() -> None:
    text = ('Aide Huma Abed emailed Gov. Jane Roe in October, informing her of the deaths of two '
            'soldiers. Roe\'s response was: "Is Dalton from Ohio or Wisconsin?"')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Jane Roe"


def test_a_remark_that_was_blunt_is_the_possessor_s() -> None:
    text = ('Council Member Ted Marks pressed Mayor Ann Ford on the stadium. Ford\'s reply was blunt: '
            '"We are not going to pay for a stadium with school money."')
    (quote,) = extract_quotes(text)
    assert quote.speaker == "Ann Ford"
